import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LazyList, NotStreamable, openJson } from '../src/json-stream.js';
import { readReport } from '../src/read-report.js';

const fixtures = join(import.meta.dirname, '__fixtures__');
const reports = readdirSync(fixtures, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(json|jsonl|sarif)$/.test(f))
  .map((f) => relative(fixtures, join(fixtures, f)))
  .sort();
const temp = () => mkdtempSync(join(tmpdir(), 'golive-json-stream-'));

/** What a value read through the stream looks like as plain JSON. */
function plain(value: unknown): unknown {
  if (value instanceof LazyList) return [...value].map(plain);
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

function outcome(read: () => unknown): unknown {
  try {
    return read();
  } catch (error) {
    return { error: String(error) };
  }
}

describe('reading reports a list element at a time', () => {
  it('gives every fixture the same findings as reading it whole, with every container streamed', () => {
    expect(reports.length).toBeGreaterThan(30);
    for (const path of reports) {
      const file = join(fixtures, path);
      const format = path.includes('gitleaks-golden-empty') ? 'gitleaks' : undefined;
      const whole = outcome(() => readReport(file, format));
      // big = 1: every object and array down to the tracked depth is structure, every list lazy.
      expect(
        outcome(() => readReport(file, format, { big: 1 })),
        path,
      ).toEqual(whole);
    }
  });

  it('finds string ends across read boundaries, whatever the escapes', () => {
    const dir = temp();
    // Runs of backslashes ending in an escaped quote or a closing one, and multi-byte characters:
    // with reads of a few bytes, every boundary position inside them is met.
    const tricky = ['a\\"b', 'c\\\\', '\\'.repeat(7), `${'\\'.repeat(6)}"`, 'say "hi"', '\u00e9\u4e2d\ud83d\ude00', '"'];
    const value = {
      items: Array.from({ length: 300 }, (_, i) => ({ i, text: tricky[i % tricky.length]?.repeat(1 + (i % 5)), list: [i, { n: i }] })),
    };
    const file = join(dir, 'escapes.json');
    writeFileSync(file, JSON.stringify(value));
    for (const chunk of [7, 8, 13, 64]) {
      const opened = openJson(file, { big: 1, chunk });
      try {
        expect(opened.data).toMatchObject({ items: expect.any(LazyList) });
        expect(plain(opened.data), `reads of ${chunk} bytes`).toEqual(value);
        opened.check();
      } finally {
        opened.close();
      }
    }
  });

  it('keeps a "__proto__" key as data and reads JSON lines of objects', () => {
    const dir = temp();
    const file = join(dir, 'proto.json');
    writeFileSync(file, '{"__proto__": {"polluted": true}, "list": [{"a": 1}, {"b": [2, 3]}], "cl\\u00e9 \\" \u00e9": {"x": 1}}');
    const opened = openJson(file, { big: 1 });
    const data = plain(opened.data) as Record<string, unknown>;
    opened.close();
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.keys(data)).toEqual(['__proto__', 'list', 'clé " é']);
    expect(data['clé " é']).toEqual({ x: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    const lines = join(dir, 'lines.jsonl');
    writeFileSync(lines, '{"a": 1}\n{"b": [1, 2]}\n\n{"c": {"d": "e"}}\n');
    const read = openJson(lines, { big: 1 });
    expect(plain(read.data)).toEqual([{ a: 1 }, { b: [1, 2] }, { c: { d: 'e' } }]);
    read.close();
  });

  it.each([
    ['cut short', '{"Results": [{"Target": "a"}, {"Target": "b"'],
    ['a bracket that does not match', '{"Results": [{"Target": "a"}}'],
    ['stray text between elements', '{"Results": [{"Target": "a"} x, {"Target": "b"}]}'],
    ['a missing comma', '{"Results": [{"Target": "a"} {"Target": "b"}]}'],
    ['a trailing comma', '{"Results": [{"Target": "a"},]}'],
    ['a member without a value', '{"Results": [{"Target": "a"}], "x"}'],
    ['a bad literal inside an element', '{"Results": [{"Target": "a"}, {"Target": tru}]}'],
    ['a value at the top level', '42'],
    ['JSON lines holding an array', '{"a": 1}\n[1]\n'],
  ])('refuses %s, so the file is read whole for the message', (_, text) => {
    const file = join(temp(), 'bad.json');
    writeFileSync(file, text);
    expect(() => {
      const opened = openJson(file, { big: 1 });
      try {
        plain(opened.data);
        opened.check();
      } finally {
        opened.close();
      }
    }).toThrow(NotStreamable);
  });

  it('still fails on a broken element the parser never reached', () => {
    const file = join(temp(), 'trivy.json');
    // SPDX packages are only counted; the broken one sits in "relationships", which no parser reads.
    writeFileSync(file, '{"spdxVersion": "SPDX-2.3", "packages": [{"name": "a"}], "relationships": [{"a": 1},\n {"b": nope}]}');
    expect(() => readReport(file, undefined, { big: 1 })).toThrow(/invalid or truncated JSON at line 2, column 8/);
  });
});
