import { type AppBehaviour, type AppBehaviourInput, appBehaviourSchema, builtInVersions } from './behaviour.js';

/** Behaviour by version name: the built-in ones, overridden or extended by the sandbox config. */
export class Versions {
  private readonly table: Record<string, AppBehaviourInput>;

  constructor(custom: Record<string, AppBehaviourInput> = {}) {
    this.table = { ...builtInVersions, ...custom };
  }

  /** An unknown version runs healthy: a team's own tag such as `v1.4.2` still deploys. */
  behaviour(version: string): AppBehaviour {
    return appBehaviourSchema.parse(this.table[version] ?? {});
  }

  names(): string[] {
    return Object.keys(this.table);
  }
}

/** The version an image runs: its tag (`shop-api:green` → `green`), or `latest`. */
export function versionOfImage(image: string | null | undefined): string {
  if (!image) return 'latest';
  const tag = image.slice(image.lastIndexOf('/') + 1).split(':')[1];
  return tag?.split('@')[0] || 'latest';
}
