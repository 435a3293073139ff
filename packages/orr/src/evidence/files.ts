import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { EvidenceContext } from './context.js';

const SKIP = new Set(['node_modules', '.git', 'vendor', '.venv']);

/** A path as written in the checklist: next to the checklist first, then from the repository root. */
export function locate(ctx: EvidenceContext, path: string): string | undefined {
  for (const base of [ctx.checklistDir, ctx.root]) {
    const candidate = resolve(base, path);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

export function display(ctx: EvidenceContext, absolute: string): string {
  return relative(ctx.root, absolute) || '.';
}

/** Files below the root whose name passes `test`, skipping dependency and build folders. */
export function findFiles(root: string, test: (name: string, path: string) => boolean, maxDepth = 6): string[] {
  const found: string[] = [];
  const walk = (dir: string, depth: number) => {
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of entries) {
      if (SKIP.has(name)) continue;
      const path = join(dir, name);
      let isDir = false;
      try {
        isDir = statSync(path).isDirectory();
      } catch {
        continue;
      }
      if (isDir) {
        if (depth < maxDepth) walk(path, depth + 1);
      } else if (test(name, path)) {
        found.push(path);
      }
    }
  };
  walk(root, 0);
  return found.sort();
}

export function read(path: string): string {
  return readFileSync(path, 'utf8');
}
