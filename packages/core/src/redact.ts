const MASK = '***';
const secrets = new Set<string>();

// Credentials that can appear in text even when nobody registered them: header
// lines and bearer tokens echoed back by a server in an error body.
const CREDENTIAL_PATTERNS: RegExp[] = [
  /\b(authorization|project-access-token|x-api-key|cookie|set-cookie)(\s*[:=]\s*)("?)[^\s"',}]+(?:\s+[^\s"',}]+)?/gi,
  /\b(bearer|token|basic)(\s+)()[A-Za-z0-9._~+/=-]{8,}/gi,
];

/**
 * Remembers a secret so that `redact` removes it from any text. Short values are
 * ignored: masking every "1" or "on" would make logs unreadable and protect nothing.
 */
export function addSecret(value: string | undefined): void {
  if (!value || value.length < 4) return;
  secrets.add(value);
  const encoded = encodeURIComponent(value);
  if (encoded !== value) secrets.add(encoded);
}

export function redact(text: string): string {
  let out = text;
  // Longest first, so a secret that contains another is masked whole.
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    out = out.split(secret).join(MASK);
  }
  for (const pattern of CREDENTIAL_PATTERNS) {
    out = out.replace(pattern, (_m, name: string, sep: string, quote: string) => `${name}${sep}${quote}${MASK}`);
  }
  return out;
}

/** For tests: forget every registered secret. */
export function clearSecrets(): void {
  secrets.clear();
}
