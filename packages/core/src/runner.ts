import { writeSync } from 'node:fs';

/**
 * The three runner protocol steps golive takes before `@actions/core` is loaded:
 * read an input (`INPUT_<NAME>`), mask a secret and fail. `@actions/core` pulls in
 * its HTTP client (undici) and doubles a bundle's start-up, so a bad input is
 * reported before it loads; see docs/decisions/0002-lazy-actions-core.md.
 */

/** The runner's variable for an input: spaces become underscores, upper case, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export function getInput(name: string): string {
  return (process.env[inputVariable(name)] ?? '').trim();
}

/** Workflow command data escaping, as the runner expects it. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

// A synchronous write to fd 1: the line is out before the process exits, and the
// stdout stream (and the modules behind it) is never set up on the bad-input path.
function command(name: string, data: string): void {
  writeSync(1, `::${name}::${escapeData(data)}\n`);
}

export function maskSecret(value: string): void {
  command('add-mask', value);
}

export function fail(message: string): void {
  process.exitCode = 1;
  command('error', message);
}

type Toolkit = typeof import('@actions/core');
let toolkit: Toolkit | undefined;

/** Loads `@actions/core` once, after the inputs are known to be good. */
export async function loadToolkit(): Promise<Toolkit> {
  toolkit ??= await import('@actions/core');
  return toolkit;
}

export function loadedToolkit(): Toolkit | undefined {
  return toolkit;
}
