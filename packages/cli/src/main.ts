import { consoleSink, Failure, InputError, isUserError, setLogSink } from '@golive/core';
import { CommanderError } from 'commander';
import { buildProgram } from './program.js';

/** Exit codes: 0 done, 1 a gate or check said no, 2 a usage or input mistake. */
export async function main(argv: string[]): Promise<number> {
  setLogSink(consoleSink);
  process.setSourceMapsEnabled(true);
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (isUserError(error)) {
      // Commands read flags with the actions' input rules; name the flag, not the input.
      const message = error instanceof InputError ? error.message.replace(`input '${error.input}'`, `--${error.input}`) : error.message;
      process.stderr.write(`golive: ${message}\n`);
      return 2;
    }
    if (error instanceof Failure) {
      process.stderr.write(`golive: ${error.message}\n`);
      return 1;
    }
    process.stderr.write(`golive bug: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}
