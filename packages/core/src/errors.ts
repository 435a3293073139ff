/**
 * A mistake the user can fix: a bad input, a missing file, a malformed document.
 * It is reported as one line (what, what was wrong, what is expected) without a
 * stack trace. Anything else that escapes an action is treated as a bug.
 */
export class UserError extends Error {
  override name = 'UserError';
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/** Shortens a user-supplied value so an error line stays one readable line. */
export function quoteValue(value: string, max = 80): string {
  const oneLine = value.replace(/\r?\n/g, '\\n');
  return `'${oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine}'`;
}

/**
 * The action did its job and the answer is "no": a gate said no-go, a URL stayed
 * unhealthy. Reported as one line like a `UserError`; it is not a bug.
 */
export class Failure extends Error {
  override name = 'Failure';
}
