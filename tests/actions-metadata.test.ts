import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeInput, type InputShape } from '@golive/core';
import { repoRoot } from '@golive/core/testing';
import { describe, expect, it } from 'vitest';
import { readActionMetadata, withActionTables } from '../scripts/action-docs.js';

const actions = readdirSync(join(repoRoot, 'actions')).filter((name) => existsSync(join(repoRoot, 'actions', name, 'action.yml')));

describe.each(actions)('actions/%s', (name) => {
  const dir = join(repoRoot, 'actions', name);
  const metadata = readActionMetadata(repoRoot, name);

  it('has the metadata a published action needs', () => {
    expect(metadata.name).toMatch(/^golive /);
    expect(metadata.description.length).toBeGreaterThan(10);
    expect(metadata.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(existsSync(join(dir, 'dist', 'index.js'))).toBe(true);
    expect(metadata.branding?.icon).toBeTruthy();
    expect(metadata.branding?.color).toBeTruthy();
    for (const [input, spec] of Object.entries(metadata.inputs ?? {})) {
      expect(input, 'inputs are kebab-case').toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      expect(spec.description, `input ${input} has a description`).toBeTruthy();
    }
    for (const [output, spec] of Object.entries(metadata.outputs ?? {})) {
      expect(output).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      expect(spec.description, `output ${output} has a description`).toBeTruthy();
    }
  });

  it('has the house shape: README, package.json, one-line src/index.ts, src/main.ts, tests', () => {
    for (const file of ['README.md', 'package.json', 'src/index.ts', 'src/main.ts', '__tests__']) {
      expect(existsSync(join(dir, file)), file).toBe(true);
    }
    const index = readFileSync(join(dir, 'src', 'index.ts'), 'utf8').trim();
    expect(index).toBe("import { run } from './main.js';\n\nvoid run();");
  });

  it('declares the same inputs, required flags and defaults in action.yml and its zod schema', async () => {
    const { action } = (await import(join(dir, 'src', 'main.ts'))) as { action: { inputs: InputShape } };
    const fromSchema = Object.fromEntries(
      Object.entries(action.inputs).map(([input, schema]) => {
        const { required, default: value } = describeInput(schema);
        return [input, { required, default: value }];
      }),
    );
    const fromYaml = Object.fromEntries(
      Object.entries(metadata.inputs ?? {}).map(([input, spec]) => [input, { required: spec.required === true, default: spec.default }]),
    );
    expect(fromSchema).toEqual(fromYaml);
  });

  it('documents its inputs and outputs in its README as action.yml says', () => {
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    expect(withActionTables(readme, metadata), 'run: npx tsx scripts/action-docs.ts').toBe(readme);
  });
});
