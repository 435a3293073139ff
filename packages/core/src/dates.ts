import { z } from 'zod/mini';

/** A calendar date in YAML or JSON (`2026-12-31`, which YAML may hand over as a Date), as YYYY-MM-DD. */
export const isoDate = z.pipe(
  z.union([z.string(), z.date()]),
  z.transform((value: string | Date, ctx) => {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(text))) {
      ctx.issues.push({ code: 'custom', message: `'${text}' is not a date like 2026-12-31`, input: value });
      return z.NEVER;
    }
    return text;
  }),
);

/** An expiry date holds through the whole of its day, in UTC. */
export function isPast(date: string, now: Date): boolean {
  return now.getTime() >= Date.parse(`${date}T00:00:00Z`) + 86_400_000;
}
