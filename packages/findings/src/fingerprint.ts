import { hash } from 'node:crypto';
import type { Finding } from './model.js';

/**
 * The identity of a finding across tools: the same advisory in the same package
 * and version; the same secret at the same place; otherwise the rule at the place.
 */
export function dedupKey(f: Omit<Finding, 'fingerprint'>, secret?: string): string {
  if ((f.category === 'dependency' || f.category === 'container') && f.package && f.advisories[0]) {
    return `pkg|${f.advisories[0]}|${f.package.name.toLowerCase()}|${f.package.version ?? ''}`;
  }
  const where = f.location ? `${f.location.file}:${f.location.line ?? 0}` : '';
  if (f.category === 'secret') return `secret|${where}|${secret ?? f.ruleId.toLowerCase()}`;
  return `${f.category}|${f.tools[0]}|${f.ruleId}|${where}`;
}

/** SHA-256 of the identity, base64url (43 characters). */
export function fingerprintOf(key: string): string {
  return hash('sha256', key, 'base64url');
}

/** A finding's fingerprint; `secret` keys a secret on its value's hash, never the value. */
export function fingerprint(f: Omit<Finding, 'fingerprint'>, secret?: string): string {
  return fingerprintOf(dedupKey(f, secret ? hash('sha256', secret, 'hex') : undefined));
}
