import { describe, expect, it } from 'vitest';
import { UserError } from '../src/errors.js';
import { describeInput, input, readInputs } from '../src/inputs.js';

const shape = {
  urls: input.urls(),
  timeout: input.duration({ default: '10s' }),
  samples: input.integer({ default: '10' }, { min: 0, max: 100 }),
  limit: input.number({ optional: true }, { min: 0 }),
  strict: input.boolean({ default: 'false' }),
  mode: input.choice(['fast', 'safe'] as const, { default: 'safe' }),
  pattern: input.regex({ optional: true }),
  headers: input.headers({ optional: true }),
  token: input.secret({ optional: true }),
};

function read(values: Record<string, string>) {
  return readInputs(shape, (name) => values[name] ?? '');
}

describe('readInputs', () => {
  it('parses typed values and applies defaults', () => {
    const inputs = read({ urls: 'https://a.example/x, http://b.example\nhttp://c.example', headers: 'X-A: 1, 2\nAccept: */*' });
    expect(inputs.urls).toEqual(['https://a.example/x', 'http://b.example/', 'http://c.example/']);
    expect(inputs.timeout).toBe(10_000);
    expect(inputs.samples).toBe(10);
    expect(inputs.strict).toBe(false);
    expect(inputs.mode).toBe('safe');
    expect(inputs.limit).toBeUndefined();
    expect(inputs.headers).toEqual({ 'X-A': '1, 2', Accept: '*/*' });
  });

  it.each([
    [{}, "input 'urls': is required; expected one or more http(s) URLs, separated by newlines or commas"],
    [{ urls: ' , ' }, "input 'urls': expected one or more http(s) URLs, separated by newlines or commas; got ' , '"],
    [
      { urls: 'not a url' },
      "input 'urls': expected one or more http(s) URLs, separated by newlines or commas; got 'not a url', which is not a URL",
    ],
    [
      { urls: 'ftp://x.example' },
      "input 'urls': expected one or more http(s) URLs, separated by newlines or commas; got 'ftp://x.example', which is not http or https",
    ],
    [{ urls: 'http://a', timeout: 'soon' }, "input 'timeout': expected a duration like 30s, 5m or 1h; got 'soon'"],
    [{ urls: 'http://a', samples: '1.5' }, "input 'samples': expected a whole number from 0 to 100; got '1.5'"],
    [{ urls: 'http://a', samples: '101' }, "input 'samples': expected a whole number from 0 to 100; got '101'"],
    [{ urls: 'http://a', limit: '-1' }, "input 'limit': expected a number of at least 0; got '-1'"],
    [{ urls: 'http://a', strict: 'yes' }, "input 'strict': expected true or false; got 'yes'"],
    [{ urls: 'http://a', mode: 'quick' }, "input 'mode': expected one of fast, safe; got 'quick'"],
    [
      { urls: 'http://a', pattern: '(' },
      "input 'pattern': expected a valid regular expression (Invalid regular expression: /(/: Unterminated group); got '('",
    ],
    [
      { urls: 'http://a', headers: 'no colon here' },
      "input 'headers': expected 'Name: value' lines; got 'no colon here', which has no valid 'Name:'",
    ],
  ])('%j fails with one line', (values, message) => {
    expect(() => read(values as Record<string, string>)).toThrow(UserError);
    expect(() => read(values as Record<string, string>)).toThrow(message);
  });
});

describe('describeInput', () => {
  it('reads required, default and secret back from the schema', () => {
    expect(describeInput(shape.urls)).toMatchObject({ required: true, default: undefined, secret: false });
    expect(describeInput(shape.timeout)).toMatchObject({ required: false, default: '10s' });
    expect(describeInput(shape.limit)).toMatchObject({ required: false, default: undefined });
    expect(describeInput(shape.token)).toMatchObject({ required: false, secret: true });
  });
});
