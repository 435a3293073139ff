import { isoDate, isPast, UserError } from '@golive/core';
import { z } from 'zod';
import type { OrrDocument, OrrItem, Source } from './model.js';
import { slug } from './model.js';
import { parseYamlFile } from './yaml-errors.js';

export interface Exemption {
  item: string;
  reason: string;
  approver: string;
  expires: string;
  source: Source;
}

const schema = z.object({
  exemptions: z.array(
    z.object({
      item: z.string().min(1),
      reason: z.string().min(1),
      approver: z.string().min(1),
      expires: isoDate,
    }),
  ),
});

const EXPECTED = 'exemptions: [{ item, reason, approver, expires: YYYY-MM-DD }]';

export function parseExemptions(text: string, file: string): Exemption[] {
  const { value, lineOf } = parseYamlFile(text, file, schema, EXPECTED);
  return value.exemptions.map((e, i) => ({ ...e, source: { file, line: lineOf(['exemptions', i]) } }));
}

/** An exemption names an item by id or by title; one that names nothing is a typo worth stopping for. */
export function matchExemptions(exemptions: Exemption[], doc: OrrDocument): Map<OrrItem, Exemption> {
  const items = doc.categories.flatMap((c) => c.items);
  const matched = new Map<OrrItem, Exemption>();
  for (const exemption of exemptions) {
    const key = slug(exemption.item);
    const item = items.find((i) => i.id === key || slug(i.title) === key);
    if (!item) {
      throw new UserError(
        `${exemption.source.file}:${exemption.source.line}: exemption for '${exemption.item}' matches no checklist item; expected an item title or id from ${doc.file}`,
      );
    }
    matched.set(item, exemption);
  }
  return matched;
}

export function isExpired(exemption: Exemption, now: Date): boolean {
  return isPast(exemption.expires, now);
}
