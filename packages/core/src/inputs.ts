import { z } from 'zod/mini';
import { parseDuration } from './duration.js';
import { quoteValue, UserError } from './errors.js';

export interface InputMeta {
  /** What a valid value looks like, as the end of "expected …" in an error line. */
  expected: string;
  /** Registered with the runner's masking before anything else runs. */
  secret?: boolean;
}

export const inputMeta = z.registry<InputMeta>();

/** Input schemas take the raw string from the workflow (undefined when empty). */
export type InputSchema = z.ZodMiniType<unknown, string | undefined>;
export type InputShape = Record<string, InputSchema>;
export type Inputs<S extends InputShape> = { [K in keyof S]: z.output<S[K]> };

/**
 * How an input may be left out: with a default (a string, as in action.yml, parsed
 * like any value) or as optional. Without either it is required.
 */
export type Presence = { default: string } | { optional: true } | undefined;

type Presenced<T, P extends Presence> = P extends { optional: true }
  ? z.ZodMiniType<T | undefined, string | undefined>
  : z.ZodMiniType<T, string | undefined>;

function present<T, P extends Presence>(schema: z.ZodMiniType<T, string>, presence: P): Presenced<T, P> {
  if (presence && 'default' in presence) return z.prefault(schema, presence.default) as unknown as Presenced<T, P>;
  if (presence && 'optional' in presence) return z.optional(schema) as unknown as Presenced<T, P>;
  return schema as unknown as Presenced<T, P>;
}

/** A string input turned into a value by `parse`; its error says what was expected. */
function parsed<T>(expected: string, parse: (raw: string) => T): z.ZodMiniType<T, string> {
  const schema = z.pipe(
    z.string(),
    z.transform((raw: string, ctx) => {
      try {
        return parse(raw.trim());
      } catch (error) {
        const detail = error instanceof Error && error.message.startsWith('expected') ? error.message : `expected ${expected}`;
        const message = detail.includes('; got ') ? detail : `${detail}; got ${quoteValue(raw)}`;
        ctx.issues.push({ code: 'custom', message, input: raw });
        return z.NEVER;
      }
    }),
  );
  schema.register(inputMeta, { expected });
  return schema as unknown as z.ZodMiniType<T, string>;
}

export function splitList(raw: string, separators = /[\n,]/): string[] {
  return raw
    .split(separators)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

interface RangeOptions {
  min?: number;
  max?: number;
}

/**
 * golive's input types. Each takes how it may be left out (`{ default: '10s' }`,
 * `{ optional: true }`, or nothing for required) and gives a schema whose
 * errors say what a valid value looks like.
 */
export const input = {
  text<P extends Presence = undefined>(presence?: P, expected = 'a value') {
    return present(
      parsed(expected, (raw) => raw),
      presence as P,
    );
  },
  secret<P extends Presence = undefined>(presence?: P, expected = 'a token') {
    const schema = z.string();
    schema.register(inputMeta, { expected, secret: true });
    return present(schema, presence as P);
  },
  /** `true`/`false` as the YAML 1.2 core schema spells them, like `core.getBooleanInput`. */
  boolean<P extends Presence = undefined>(presence?: P) {
    const schema = parsed('true or false', (raw) => {
      if (TRUE.includes(raw)) return true;
      if (FALSE.includes(raw)) return false;
      throw new Error('expected true or false');
    });
    return present(schema, presence as P);
  },
  duration<P extends Presence = undefined>(presence?: P) {
    return present(parsed('a duration like 30s, 5m or 1h', parseDuration), presence as P);
  },
  integer<P extends Presence = undefined>(
    presence?: P,
    { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER }: RangeOptions = {},
  ) {
    const expected = `a whole number${rangeText(min, max)}`;
    const schema = parsed(expected, (raw) => {
      const value = Number(raw);
      if (!/^-?\d+$/.test(raw) || value < min || value > max) throw new Error(`expected ${expected}`);
      return value;
    });
    return present(schema, presence as P);
  },
  number<P extends Presence = undefined>(presence?: P, { min = -Infinity, max = Infinity }: RangeOptions = {}) {
    const expected = `a number${rangeText(min, max)}`;
    const schema = parsed(expected, (raw) => {
      const value = Number(raw);
      if (raw === '' || !Number.isFinite(value) || value < min || value > max) throw new Error(`expected ${expected}`);
      return value;
    });
    return present(schema, presence as P);
  },
  choice<const T extends string, P extends Presence = undefined>(values: readonly T[], presence?: P) {
    const expected = `one of ${values.join(', ')}`;
    const schema = parsed(expected, (raw) => {
      if (!values.includes(raw as T)) throw new Error(`expected ${expected}`);
      return raw as T;
    });
    return present(schema, presence as P);
  },
  regex<P extends Presence = undefined>(presence?: P) {
    const schema = parsed('a regular expression', (raw) => {
      try {
        return new RegExp(raw);
      } catch (error) {
        throw new Error(`expected a valid regular expression (${(error as Error).message})`);
      }
    });
    return present(schema, presence as P);
  },
  /** Newline- or comma-separated http(s) URLs; the error names the bad one. */
  urls<P extends Presence = undefined>(presence?: P) {
    const expected = 'one or more http(s) URLs, separated by newlines or commas';
    const schema = parsed(expected, (raw) => {
      const items = splitList(raw);
      if (items.length === 0) throw new Error(`expected ${expected}`);
      return items.map((item) => {
        let url: URL;
        try {
          url = new URL(item);
        } catch {
          throw new Error(`expected ${expected}; got ${quoteValue(item)}, which is not a URL`);
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:') {
          throw new Error(`expected ${expected}; got ${quoteValue(item)}, which is not http or https`);
        }
        return url.toString();
      });
    });
    return present(schema, presence as P);
  },
  /** `Name: value` lines. Values may hold commas, so only newlines separate. */
  headers<P extends Presence = undefined>(presence?: P) {
    const expected = "'Name: value' lines";
    const schema = parsed(expected, (raw) => {
      const headers: Record<string, string> = {};
      for (const line of splitList(raw, /\n/)) {
        const colon = line.indexOf(':');
        const name = line.slice(0, colon).trim();
        if (colon <= 0 || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
          throw new Error(`expected ${expected}; got ${quoteValue(line)}, which has no valid 'Name:'`);
        }
        headers[name] = line.slice(colon + 1).trim();
      }
      return headers;
    });
    return present(schema, presence as P);
  },
  /** Any value a domain function can parse; its thrown message explains the rule. */
  parsed<T, P extends Presence = undefined>(expected: string, parse: (raw: string) => T, presence?: P) {
    return present(parsed(expected, parse), presence as P);
  },
};

function rangeText(min: number, max: number): string {
  const hasMin = Number.isFinite(min) && min !== Number.MIN_SAFE_INTEGER;
  const hasMax = Number.isFinite(max) && max !== Number.MAX_SAFE_INTEGER;
  if (hasMin && hasMax) return ` from ${min} to ${max}`;
  if (hasMin) return ` of at least ${min}`;
  if (hasMax) return ` of at most ${max}`;
  return '';
}

export interface InputDescription {
  required: boolean;
  default?: string;
  secret: boolean;
  expected: string;
}

/** Reads back what a schema says of its input: required, default, secret. */
export function describeInput(schema: InputSchema): InputDescription {
  let required = true;
  let defaultValue: string | undefined;
  let meta: InputMeta | undefined;
  let current: z.ZodMiniType | undefined = schema as z.ZodMiniType;
  while (current) {
    meta ??= inputMeta.get(current);
    const def = current.def as { type: string; innerType?: z.ZodMiniType; in?: z.ZodMiniType; defaultValue?: unknown };
    if (def.type === 'prefault' || def.type === 'default') {
      required = false;
      defaultValue = String(def.defaultValue);
      current = def.innerType;
    } else if (def.type === 'optional') {
      required = false;
      current = def.innerType;
    } else if (def.type === 'pipe') {
      current = def.in;
    } else {
      current = undefined;
    }
  }
  return { required, default: defaultValue, secret: meta?.secret ?? false, expected: meta?.expected ?? 'a value' };
}

/**
 * Parses every input; the first bad one becomes one line naming the input, what
 * was wrong and what is expected. Secret values are never echoed.
 */
export function readInputs<S extends InputShape>(shape: S, raw: (name: string) => string): Inputs<S> {
  const values: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(shape)) {
    const text = raw(name);
    const value = text.trim() === '' ? undefined : text;
    const result = schema.safeParse(value);
    if (result.success) {
      values[name] = result.data;
      continue;
    }
    const description = describeInput(schema);
    const issue = result.error.issues[0];
    if (value === undefined) {
      throw new InputError(name, `is required; expected ${description.expected}`);
    }
    if (issue?.code === 'custom' && !description.secret) throw new InputError(name, issue.message);
    const got = description.secret ? "'***'" : quoteValue(text);
    throw new InputError(name, `expected ${description.expected}; got ${got}`);
  }
  return values as Inputs<S>;
}

export class InputError extends UserError {
  constructor(
    readonly input: string,
    detail: string,
  ) {
    super(`input '${input}': ${detail}`);
  }
}
