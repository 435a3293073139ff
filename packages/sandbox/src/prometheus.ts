import { type ChildProcess, spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { unusedPort } from '@golive/core/testing';
import type { Fleet } from './app/fleet.js';

export interface PrometheusHandle {
  url: string;
  stop(): Promise<void>;
}

/** The `prometheus` binary on PATH, if there is one. */
export function findPrometheus(path = process.env.PATH ?? ''): string | undefined {
  for (const dir of path.split(delimiter)) {
    const candidate = join(dir, 'prometheus');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

/**
 * Starts a real Prometheus on loopback scraping every app in the fleet each
 * second. Targets are a file_sd file rewritten as apps come and go.
 */
export async function startPrometheus(binary: string, fleet: Fleet, readyWithinMs = 20_000): Promise<PrometheusHandle> {
  const dir = mkdtempSync(join(tmpdir(), 'golive-prometheus-'));
  const targetsFile = join(dir, 'targets.json');
  const writeTargets = () => {
    const targets = fleet.list().map(({ app, labels }) => ({ targets: [new URL(app.url).host], labels: { ...labels } }));
    // Written whole then renamed, so Prometheus never reads half a file.
    writeFileSync(`${targetsFile}.tmp`, JSON.stringify(targets));
    renameSync(`${targetsFile}.tmp`, targetsFile);
  };
  writeTargets();
  fleet.onChange(writeTargets);
  writeFileSync(
    join(dir, 'prometheus.yml'),
    [
      'global:',
      '  scrape_interval: 1s',
      '  evaluation_interval: 1s',
      'scrape_configs:',
      '  - job_name: golive-sandbox',
      '    file_sd_configs:',
      `      - files: ['${targetsFile}']`,
      '        refresh_interval: 1s',
      '',
    ].join('\n'),
  );
  const port = await unusedPort();
  const child: ChildProcess = spawn(
    binary,
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-2000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyWithinMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const res = await fetch(`${url}/-/ready`, { signal: AbortSignal.timeout(1000) });
      await res.arrayBuffer();
      if (res.ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`Prometheus did not become ready within ${readyWithinMs} ms: ${log.trim() || 'no output'}`);
}
