import { describe, expect, it } from 'vitest';
import { Summary } from '../src/summary.js';

describe('Summary', () => {
  it('puts the verdict first, then tables, then details, and escapes cells', () => {
    const text = new Summary()
      .verdict('fail', 'Not healthy')
      .table(['URL', 'Detail'], [['http://a', 'status 503 | retry\nlater']])
      .details('Report', 'raw')
      .toString();
    expect(text.startsWith('### ❌ Not healthy\n')).toBe(true);
    expect(text).toContain('| http://a | status 503 \\| retry<br>later |');
    expect(text.indexOf('| URL |')).toBeLessThan(text.indexOf('<details>'));
  });

  it('is empty until something is added', () => {
    expect(new Summary().empty).toBe(true);
    expect(new Summary().toString()).toBe('');
  });
});
