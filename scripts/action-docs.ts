// Keeps each action README's inputs/outputs tables equal to its action.yml.
// `tsx scripts/action-docs.ts` rewrites them; a test fails when one is stale.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface ActionMetadata {
  name: string;
  description: string;
  inputs?: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description: string }>;
  runs: { using: string; main: string };
  branding?: { icon?: string; color?: string };
}

const START = '<!-- action-docs:start (generated from action.yml by scripts/action-docs.ts) -->';
const END = '<!-- action-docs:end -->';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ').trim();

export function readActionMetadata(root: string, action: string): ActionMetadata {
  return parse(readFileSync(join(root, 'actions', action, 'action.yml'), 'utf8')) as ActionMetadata;
}

export function actionTables(metadata: ActionMetadata): string {
  const inputs = Object.entries(metadata.inputs ?? {}).map(
    ([name, spec]) =>
      `| \`${name}\` | ${spec.required ? 'yes' : 'no'} | ${spec.default === undefined ? '' : `\`${spec.default}\``} | ${cell(spec.description)} |`,
  );
  const outputs = Object.entries(metadata.outputs ?? {}).map(([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`);
  return [
    START,
    '### Inputs',
    '',
    '| input | required | default | description |',
    '| --- | --- | --- | --- |',
    ...inputs,
    '',
    '### Outputs',
    '',
    '| output | description |',
    '| --- | --- |',
    ...outputs,
    END,
  ].join('\n');
}

/** The README with its generated block replaced (or appended when missing). */
export function withActionTables(readme: string, metadata: ActionMetadata): string {
  const block = actionTables(metadata);
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1) return `${readme.trimEnd()}\n\n${block}\n`;
  return `${readme.slice(0, start)}${block}${readme.slice(end + END.length)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = join(import.meta.dirname, '..');
  for (const action of readdirSync(join(root, 'actions'))) {
    const path = join(root, 'actions', action, 'README.md');
    const readme = readFileSync(path, 'utf8');
    const next = withActionTables(readme, readActionMetadata(root, action));
    if (next !== readme) {
      writeFileSync(path, next);
      console.log(`updated ${path}`);
    }
  }
}
