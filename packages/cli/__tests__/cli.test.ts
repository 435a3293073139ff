import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot, startHttpServer, type TestServer } from '@golive/core/testing';
import { afterEach, describe, expect, it } from 'vitest';

const bin = join(repoRoot, 'packages', 'cli', 'bin', 'golive.js');

function golive(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c;
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
});

describe('golive CLI (bundled bin)', () => {
  it('prints help listing its commands', async () => {
    const run = await golive(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('health [options] <url...>');
  });

  it('health: exit 0 and a line per URL when healthy', async () => {
    server = await startHttpServer((_req, res) => res.end('ok'));
    const run = await golive(['health', `${server.url}/healthz`, '--samples', '2', '--interval', '50ms']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^✔ ${server.url}/healthz  200  p50 \\d+ ms  p95 \\d+ ms\\nhealthy\\n$`));
  });

  it('health --json: the same report the action writes, exit 1 when unhealthy', async () => {
    server = await startHttpServer((_req, res) => res.writeHead(503).end());
    const run = await golive(['health', server.url, '--wait', '200ms', '--interval', '50ms', '--json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.healthy).toBe(false);
    expect(report.urls[0].problems[0]).toContain('status 503, expected 200');
    expect(run.stderr).toContain('golive: 1 of 1 URLs not healthy');
  });

  it('health: a bad flag value is one line naming the flag, exit 2', async () => {
    const run = await golive(['health', 'http://127.0.0.1:1/', '--timeout', 'soon']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe("golive: --timeout: expected a duration like 30s, 5m or 1h; got 'soon'");
  });

  it('health: a malformed URL names the argument', async () => {
    const run = await golive(['health', 'example.com']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('golive: <url...>: expected one or more http(s) URLs');
  });
});
