import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { tempTree } from '@golive/core/testing';
import { describe, expect, it } from 'vitest';
import { FileSink } from '../src/file-sink.js';
import { type Finding, writeSarif } from '../src/index.js';

const dir = () => tempTree({}, 'golive-writers-');

describe('FileSink', () => {
  it('writes exactly the text given, across its buffer and with multi-byte characters', () => {
    const pieces: string[] = [];
    for (let i = 0; i < 40_000; i++) pieces.push(i % 7 === 0 ? `é→${i}😀` : `{"n":${i},"s":"${'x'.repeat(i % 50)}"},`);
    pieces.splice(20_000, 0, 'ü'.repeat(700_000)); // larger than the buffer once encoded
    const file = join(dir(), 'out.txt');
    const sink = new FileSink(file, true);
    for (const piece of pieces) sink.write(piece);
    sink.close();
    const text = pieces.join('');
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(sink.bytes).toBe(Buffer.byteLength(text));
    // The count is meant to be at or above what one gzip stream of the file takes.
    expect(sink.gzipBytes).toBeGreaterThanOrEqual(gzipSync(readFileSync(file)).length);
    expect(sink.gzipBytes).toBeLessThan(sink.bytes);
  });
});

describe('merged SARIF over the gzipped limit', () => {
  it('drops the least severe until the file fits, and says so', () => {
    // Random titles do not compress, so a few hundred results pass a 64 KiB limit.
    const findings: Finding[] = Array.from({ length: 600 }, (_, i) => ({
      fingerprint: `f${i}`,
      tools: ['Semgrep'],
      category: 'code',
      severity: i >= 550 ? 'critical' : 'low',
      ruleId: `r${i}`,
      title: randomBytes(300).toString('base64'),
      advisories: [],
      location: { file: 'src/a.ts', line: i + 1 },
      reports: ['semgrep.sarif'],
    }));
    const file = join(dir(), 'out.sarif');
    const limits = { runs: 20, resultsPerRun: 25_000, gzipBytes: 64 * 1024 };
    const { dropped, results } = writeSarif(findings, new Map(), '0.1.0', file, limits);
    expect(gzipSync(readFileSync(file)).length).toBeLessThanOrEqual(limits.gzipBytes);
    const written = JSON.parse(readFileSync(file, 'utf8')).runs[0].results as { level: string }[];
    expect(written).toHaveLength(results);
    expect(results).toBeLessThan(600);
    expect(written.filter((r) => r.level === 'error')).toHaveLength(50);
    expect(dropped.length).toBeGreaterThan(0);
    for (const line of dropped) expect(line).toMatch(/^\d+ Semgrep\/code result\(s\) to stay under 0\.06 MB gzipped$/);
    const cut = dropped.reduce((n, line) => n + Number.parseInt(line, 10), 0);
    expect(cut + results).toBe(600);
  });
});
