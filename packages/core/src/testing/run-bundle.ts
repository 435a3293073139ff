import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inputVariable } from '../runner.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

export interface BundleRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr together, in the order they arrived. */
  log: string;
  outputs: Record<string, string>;
  summary: string;
  ms: number;
}

export interface BundleOptions {
  /** Input names as in action.yml; set as INPUT_<NAME> the way the runner does. */
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  /** The job's workspace; a fresh temporary folder when not given. */
  workspace?: string;
  /** The webhook payload at GITHUB_EVENT_PATH; `{}` when not given. */
  event?: unknown;
  timeoutMs?: number;
}

const copies = new Map<string, string>();

/**
 * The bundle copied away from the repository, so a test proves it runs with no
 * node_modules anywhere above it, as on a runner that only checked out the action.
 */
function isolatedBundle(action: string): string {
  const cached = copies.get(action);
  if (cached) return cached;
  const source = join(repoRoot, 'actions', action, 'dist');
  if (!existsSync(join(source, 'index.js'))) throw new Error(`no bundle at ${source}; run npm run build`);
  const target = join(mkdtempSync(join(tmpdir(), `golive-${action}-`)), 'dist');
  cpSync(source, target, { recursive: true });
  const entry = join(target, 'index.js');
  copies.set(action, entry);
  return entry;
}

/** Parses the GITHUB_OUTPUT file format written by @actions/core (`name<<delimiter`). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] as string);
      outputs[name] = value.join('\n');
    } else if (line.includes('=')) {
      const at = line.indexOf('=');
      outputs[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return outputs;
}

/** Runs `actions/<action>/dist/index.js` as a child process exactly as a runner does. */
export async function runBundle(action: string, options: BundleOptions = {}): Promise<BundleRun> {
  const entry = isolatedBundle(action);
  const runnerTemp = mkdtempSync(join(tmpdir(), 'golive-runner-'));
  const workspace = options.workspace ?? join(runnerTemp, 'workspace');
  mkdirSync(workspace, { recursive: true });
  const files = {
    GITHUB_OUTPUT: join(runnerTemp, 'output'),
    GITHUB_STEP_SUMMARY: join(runnerTemp, 'summary'),
    GITHUB_STATE: join(runnerTemp, 'state'),
    GITHUB_ENV: join(runnerTemp, 'env'),
    GITHUB_PATH: join(runnerTemp, 'path'),
    GITHUB_EVENT_PATH: join(runnerTemp, 'event.json'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(options.event ?? {}));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? runnerTemp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'golive-example/shop',
    GITHUB_REPOSITORY_OWNER: 'golive-example',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'test',
    GITHUB_ACTOR: 'golive-test',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    ...files,
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[inputVariable(name)] = value;

  const started = performance.now();
  const child = spawn(process.execPath, [entry], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk;
    log += chunk;
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk;
    log += chunk;
  });
  const timeoutMs = options.timeoutMs ?? 60_000;
  const code = await new Promise<number | null>((resolveExit) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      resolveExit(exitCode);
    });
  });
  return {
    code,
    stdout,
    stderr,
    log,
    outputs: parseOutputFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    ms: performance.now() - started,
  };
}
