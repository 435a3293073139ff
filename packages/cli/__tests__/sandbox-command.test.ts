import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '@golive/core/testing';
import { describe, expect, it } from 'vitest';

const bin = join(repoRoot, 'packages', 'cli', 'bin', 'golive.js');

describe('golive sandbox start (bundled bin)', () => {
  it('prints one JSON line of URLs and tokens, serves them, and stops cleanly on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'golive-sandbox-config-'));
    writeFileSync(
      join(dir, 'sandbox.yml'),
      'railway:\n  projects:\n    - name: store\n      environments: [production]\n      services: [{ name: api }, { name: worker }]\nprometheus: false\n',
    );
    const child = spawn(process.execPath, [bin, 'sandbox', 'start', '--config', join(dir, 'sandbox.yml')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk;
        if (out.includes('\n')) resolve(out.split('\n')[0] as string);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code} before printing`)));
    });
    const info = JSON.parse(line);
    expect(info.projects.railway).toEqual([{ name: 'store', environments: ['production'], services: ['api', 'worker'] }]);
    expect(info.railway.services.map((s: { service: string }) => s.service)).toEqual(['api', 'worker']);
    const health = await fetch(`${info.railway.services[0].url}/healthz`);
    expect(health.status).toBe(200);
    const project = await fetch(`${info.vercel.apiUrl}/v9/projects/shop-web?teamId=${info.vercel.teamId}`, {
      headers: { authorization: `Bearer ${info.vercel.token}` },
    });
    expect(project.status).toBe(200);

    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    clearTimeout(killer);
    expect(code).toBe(0);
    await expect(fetch(`${info.railway.services[0].url}/healthz`)).rejects.toThrow();
  });

  it('names the config file and field when the config is wrong', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'golive-sandbox-config-'));
    writeFileSync(join(dir, 'bad.yml'), 'rateLimitPerSecond: fast\n');
    const child = spawn(process.execPath, [bin, 'sandbox', 'start', '--config', join(dir, 'bad.yml')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (c: Buffer) => {
      err += c;
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(err.trim()).toMatch(/^golive: sandbox config .*bad\.yml: rateLimitPerSecond: Invalid input: expected number, received string$/);
  });
});
