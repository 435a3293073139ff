import { createHash } from 'node:crypto';
import type { Finding } from './model.js';

/**
 * The identity of a finding across tools: the same advisory in the same package
 * and version; the same secret at the same place; otherwise the rule at the place.
 */
export function dedupKey(f: Omit<Finding, 'fingerprint'>, secret?: string): string {
  const where = f.location ? `${f.location.file}:${f.location.line ?? 0}` : '';
  if ((f.category === 'dependency' || f.category === 'container') && f.package && f.advisories[0]) {
    return ['pkg', f.advisories[0], f.package.name.toLowerCase(), f.package.version ?? ''].join('|');
  }
  if (f.category === 'secret') return ['secret', where, secret ?? f.ruleId.toLowerCase()].join('|');
  return [f.category, f.tools[0], f.ruleId, where].join('|');
}

export function fingerprintOf(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

/** Builds a Finding with its fingerprint; `secret` keys a secret on its value's hash, never the value. */
export function finding(f: Omit<Finding, 'fingerprint'>, secret?: string): Finding {
  const secretKey = secret ? createHash('sha256').update(secret).digest('hex') : undefined;
  return { ...f, fingerprint: fingerprintOf(dedupKey(f, secretKey)) };
}
