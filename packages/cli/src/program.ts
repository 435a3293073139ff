import { Command } from 'commander';
import { healthCommand } from './commands/health.js';
import { orrCommand } from './commands/orr.js';
import { sandboxCommand } from './commands/sandbox.js';
import { scanCommand } from './commands/scan.js';

export function buildProgram(): Command {
  const program = new Command('golive')
    .description('A production go-live runbook as code: run golive gates and checks from your terminal.')
    .exitOverride()
    .showHelpAfterError();
  program.addCommand(healthCommand());
  program.addCommand(orrCommand());
  program.addCommand(sandboxCommand());
  program.addCommand(scanCommand());
  return program;
}
