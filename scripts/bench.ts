// golive's figures: cold start of each bundle on the bad-input path next to bare
// node, and bundle sizes. Run with `npm run bench`; the README quotes the output.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { inputVariable } from '@golive/core';
import { readActionMetadata } from './action-docs.js';
import { root } from './workspaces.js';

const RUNS = 20;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

interface Subject {
  args: string[];
  env: NodeJS.ProcessEnv;
  samples: number[];
}

/** Runs the subjects in turn, round after round, so drift in the machine hits all alike. */
function timeInterleaved(subjects: Subject[]): void {
  for (let i = 0; i < RUNS; i++) {
    for (const subject of subjects) {
      const started = performance.now();
      spawnSync(process.execPath, subject.args, { env: subject.env, stdio: 'ignore' });
      subject.samples.push(performance.now() - started);
    }
  }
}

/** Bad values for actions that have no required input to leave empty. */
const BAD_VALUES: Record<string, Record<string, string>> = {
  'orr-gate': { 'min-score': 'high' },
};

/** A bad-input run: every required input left empty, or a value the action must reject. */
function badInputEnv(action: string): NodeJS.ProcessEnv {
  const metadata = readActionMetadata(root, action);
  const required = Object.entries(metadata.inputs ?? {}).filter(([, spec]) => spec.required);
  const bad = BAD_VALUES[action];
  if (required.length === 0 && !bad)
    throw new Error(`actions/${action} has no required input; give bench a bad value for it in BAD_VALUES`);
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, GITHUB_ACTIONS: 'true' };
  for (const [name, value] of Object.entries(bad ?? {})) env[inputVariable(name)] = value;
  return env;
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KiB`;
}

const actions = readdirSync(join(root, 'actions')).filter((name) => {
  try {
    return statSync(join(root, 'actions', name, 'action.yml')).isFile();
  } catch {
    return false;
  }
});

// The same small environment for every run: a runner does not set NODE_EXTRA_CA_CERTS
// or NODE_OPTIONS, which would slow bare node and flatter the ratio.
const bareSubject: Subject = { args: ['-e', ''], env: { PATH: process.env.PATH }, samples: [] };
const subjects = actions.map((action) => ({
  action,
  args: [join(root, 'actions', action, 'dist', 'index.js')],
  env: badInputEnv(action),
  samples: [] as number[],
}));
timeInterleaved([bareSubject, ...subjects]);
const bare = median(bareSubject.samples);
console.log(`node ${process.version}, ${RUNS} runs each, median wall time from spawn to exit\n`);
console.log('| bundle | cold start (bad input) | × bare node | entry file | all .js (gzip) |');
console.log('| --- | --- | --- | --- | --- |');
console.log(`| bare \`node -e ''\` | ${bare.toFixed(0)} ms | 1.00 | | |`);
let worst = 0;
for (const { action, samples } of subjects) {
  const dist = join(root, 'actions', action, 'dist');
  const ms = median(samples);
  const files = readdirSync(dist).filter((f) => f.endsWith('.js'));
  const total = files.reduce((sum, f) => sum + statSync(join(dist, f)).size, 0);
  const gzip = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f))).length, 0);
  const entry = statSync(join(dist, 'index.js')).size;
  worst = Math.max(worst, ms / bare);
  console.log(`| ${action} | ${ms.toFixed(0)} ms | ${(ms / bare).toFixed(2)} | ${kib(entry)} | ${kib(total)} (${kib(gzip)}) |`);
}
console.log(`\nworst cold start: ${worst.toFixed(2)}× bare node (target ≤ 2×)`);

console.log('');
const { benchSecurity } = await import('./bench-security.js');
console.log(benchSecurity());
