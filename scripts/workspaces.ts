import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..');

/** Every folder that ships an ncc bundle: each action, and the CLI. */
export function bundledFolders(): string[] {
  const actions = readdirSync(join(root, 'actions'))
    .map((name) => join('actions', name))
    .filter((dir) => existsSync(join(root, dir, 'action.yml')));
  return [...actions, join('packages', 'cli')];
}
