import { UserError } from '@golive/core';
import { type Document, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';

/** Parses YAML and a zod schema, turning either failure into one line with the file and line. */
export function parseYamlFile<T>(
  text: string,
  file: string,
  schema: z.ZodType<T>,
  expected: string,
): { value: T; lineOf(path: (string | number)[]): number } {
  const counter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const lineOfOffset = (offset: number) => counter.linePos(offset).line;
  if (doc.errors.length) {
    const error = doc.errors[0];
    const line = error?.pos ? lineOfOffset(error.pos[0]) : 1;
    throw new UserError(`${file}:${line}: not valid YAML (${error?.message.split('\n')[0]}); expected ${expected}`);
  }
  const lineOf = (path: (string | number)[]) => {
    for (let i = path.length; i >= 0; i--) {
      const node = doc.getIn(path.slice(0, i), true) as { range?: [number, number] } | undefined;
      if (node?.range) return lineOfOffset(node.range[0]);
    }
    return 1;
  };
  const result = schema.safeParse(doc.toJS());
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = (issue?.path ?? []) as (string | number)[];
    throw new UserError(`${file}:${lineOf(path)}: ${path.join('.') || '(root)'}: ${issue?.message}; expected ${expected}`);
  }
  return { value: result.data, lineOf };
}
