import { splitList } from '@golive/core';

/** Which HTTP statuses count as healthy: `200`, `2xx`, or a list such as `200,204,3xx`. */
export interface StatusExpectation {
  text: string;
  matches(status: number): boolean;
}

const EXPECTED = 'status codes like 200, 2xx or 200,204';

export function parseExpectStatus(text: string): StatusExpectation {
  const items = splitList(text, /[\n,\s]+/);
  if (items.length === 0) throw new Error(`expected ${EXPECTED}`);
  const tests = items.map((item) => {
    const exact = /^[1-5]\d\d$/.exec(item);
    if (exact) return (status: number) => status === Number(item);
    const klass = /^([1-5])xx$/i.exec(item);
    if (klass) return (status: number) => Math.floor(status / 100) === Number(klass[1]);
    throw new Error(`expected ${EXPECTED}`);
  });
  return { text: items.join(','), matches: (status) => tests.some((test) => test(status)) };
}
