// Runs in its own process so its peak memory is its own: `baseline` loads the code
// only; `gate` does what the security-gate action does with the given reports
// (the verdict, the merged SARIF and the JSON report); `parse` JSON.parses them.
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSecurityGate, writeReportJson } from '@golive/findings';

const [mode, root, ...files] = process.argv.slice(2);
const started = performance.now();
if (mode === 'gate') {
  const report = runSecurityGate({
    reports: files,
    root: root as string,
    failOn: ['critical', 'high'],
    ignoreUnfixed: true,
    require: [],
    now: new Date(),
    version: 'bench',
    sarif: join(tmpdir(), `golive-bench-${process.pid}.sarif`),
  });
  writeReportJson(join(tmpdir(), `golive-bench-${process.pid}.json`), report);
  if (report.counts.total === 0) throw new Error('no findings');
} else if (mode === 'parse') {
  let keys = 0;
  for (const file of files) keys += Object.keys(JSON.parse(readFileSync(`${root}/${file}`, 'utf8'))).length;
  if (keys === 0) throw new Error('nothing parsed');
}
const ms = performance.now() - started;
process.stdout.write(JSON.stringify({ ms, maxRssKb: process.resourceUsage().maxRSS }));
