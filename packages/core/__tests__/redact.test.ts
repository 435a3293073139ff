import { afterEach, describe, expect, it } from 'vitest';
import { addSecret, clearSecrets, redact } from '../src/redact.js';

afterEach(() => clearSecrets());

describe('redact', () => {
  it('masks registered secrets, also URL-encoded', () => {
    addSecret('s3cr3t/t0ken+x');
    expect(redact('token s3cr3t/t0ken+x in url ?t=s3cr3t%2Ft0ken%2Bx')).not.toMatch(/s3cr3t/);
  });

  it('masks credentials in header lines and bearer tokens nobody registered', () => {
    const text = 'Authorization: Bearer abcdefghijklmnop\nproject-access-token=0f1e2d3c4b5a\ncalled with bearer zyxwvutsrqponm';
    const out = redact(text);
    expect(out).not.toMatch(/abcdefghijklmnop|0f1e2d3c4b5a|zyxwvutsrqponm/);
    expect(out).toContain('Authorization: ***');
  });

  it('ignores values too short to be secrets', () => {
    addSecret('on');
    expect(redact('turned on')).toBe('turned on');
  });
});
