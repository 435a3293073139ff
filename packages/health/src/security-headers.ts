/** One missing or weak security header, named so a person knows what to add. */
export interface HeaderFinding {
  header: string;
  problem: string;
}

/**
 * The baseline a production web front should send: HSTS on https, a
 * Content-Security-Policy, framing protection (X-Frame-Options or CSP
 * frame-ancestors) and `X-Content-Type-Options: nosniff`.
 */
export function checkSecurityHeaders(url: string, headers: Headers): HeaderFinding[] {
  const findings: HeaderFinding[] = [];
  if (new URL(url).protocol === 'https:') {
    const hsts = headers.get('strict-transport-security');
    const maxAge = hsts ? /max-age\s*=\s*"?(\d+)/i.exec(hsts) : null;
    if (!hsts) findings.push({ header: 'Strict-Transport-Security', problem: 'missing' });
    else if (!maxAge || Number(maxAge[1]) <= 0) {
      findings.push({ header: 'Strict-Transport-Security', problem: `has no positive max-age: '${hsts}'` });
    }
  }
  const csp = headers.get('content-security-policy');
  if (!csp) findings.push({ header: 'Content-Security-Policy', problem: 'missing' });
  const frameOptions = headers.get('x-frame-options')?.trim().toUpperCase();
  const frameAncestors = csp ? /(^|;)\s*frame-ancestors\s/i.test(csp) : false;
  if (!frameAncestors) {
    if (!frameOptions) {
      findings.push({ header: 'X-Frame-Options', problem: 'missing (and no CSP frame-ancestors)' });
    } else if (frameOptions !== 'DENY' && frameOptions !== 'SAMEORIGIN') {
      findings.push({ header: 'X-Frame-Options', problem: `is '${frameOptions}', expected DENY or SAMEORIGIN` });
    }
  }
  const nosniff = headers.get('x-content-type-options');
  if (!nosniff) findings.push({ header: 'X-Content-Type-Options', problem: 'missing' });
  else if (nosniff.trim().toLowerCase() !== 'nosniff') {
    findings.push({ header: 'X-Content-Type-Options', problem: `is '${nosniff}', expected nosniff` });
  }
  return findings;
}
