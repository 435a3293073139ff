import { Failure, InputError, readInputs, UserError } from '@golive/core';
import { checkHealth, type HealthReport, healthInputs, healthOptions } from '@golive/health';
import { Command } from 'commander';

interface HealthFlags {
  expectStatus?: string;
  expectBody?: string;
  header: string[];
  timeout?: string;
  wait?: string;
  interval?: string;
  samples?: string;
  maxP95Ms?: string;
  securityHeaders?: boolean;
  json?: boolean;
}

export function healthCommand(): Command {
  return new Command('health')
    .description('probe URLs until healthy, then measure latency (same checks as the health-check action)')
    .argument('<url...>', 'URLs to check')
    .option('--expect-status <codes>', 'statuses that count as healthy: 200, 2xx or 200,204', '200')
    .option('--expect-body <regex>', 'a regular expression the body must match')
    .option('-H, --header <line>', "a request header 'Name: value' (repeatable)", (line: string, all: string[]) => [...all, line], [])
    .option('--timeout <duration>', 'time allowed per request', '10s')
    .option('--wait <duration>', 'how long to keep trying until healthy', '2m')
    .option('--interval <duration>', 'pause between attempts', '5s')
    .option('--samples <n>', 'requests after healthy, to measure latency', '10')
    .option('--max-p95-ms <ms>', 'fail when p95 latency is over this')
    .option('--security-headers', 'require HSTS, CSP, framing protection and nosniff')
    .option('--json', 'print the report as JSON')
    .action(async (urls: string[], flags: HealthFlags) => {
      const raw: Record<string, string | undefined> = {
        urls: urls.join('\n'),
        'expect-status': flags.expectStatus,
        'expect-body': flags.expectBody,
        headers: flags.header.join('\n'),
        timeout: flags.timeout,
        wait: flags.wait,
        interval: flags.interval,
        samples: flags.samples,
        'max-p95-ms': flags.maxP95Ms,
        'security-headers': flags.securityHeaders ? 'true' : 'false',
      };
      const inputs = readCliInputs(raw);
      const report = await checkHealth(healthOptions(inputs));
      process.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
      if (!report.healthy) throw new Failure(`${report.urls.filter((u) => !u.healthy).length} of ${report.urls.length} URLs not healthy`);
    });
}

function formatReport(report: HealthReport): string {
  const lines = report.urls.map((u) => {
    const latency = u.p95Ms === undefined ? '' : `  p50 ${u.p50Ms} ms  p95 ${u.p95Ms} ms`;
    const head = `${u.healthy ? '✔' : '✖'} ${u.url}  ${u.status ?? '—'}${latency}`;
    return [head, ...u.problems.map((p) => `    ${p}`)].join('\n');
  });
  return `${lines.join('\n')}\n${report.healthy ? 'healthy' : 'not healthy'}\n`;
}

/** The action's input rules, with errors that name the command-line flag instead. */
function readCliInputs(raw: Record<string, string | undefined>) {
  try {
    return readInputs(healthInputs, (name) => raw[name] ?? '');
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const flag = error.input === 'urls' ? '<url...>' : error.input === 'headers' ? '--header' : `--${error.input}`;
    throw new UserError(error.message.replace(`input '${error.input}'`, flag));
  }
}
