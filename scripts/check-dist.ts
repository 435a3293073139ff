// Rebuilds every bundle and fails when a committed dist/ differs from the sources.
import { execFileSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { bundledFolders, root } from './workspaces.js';

execFileSync('npx', ['tsx', 'scripts/build.ts'], { cwd: root, stdio: 'inherit' });
const dists = bundledFolders().map((folder) => `${folder}/dist`);
const status = execFileSync('git', ['status', '--porcelain', '--', ...dists], { cwd: root, encoding: 'utf8' });
if (status.trim()) {
  const stat = execFileSync('git', ['diff', '--stat', '--', ...dists], { cwd: root, encoding: 'utf8' });
  const message = `dist/ differs from a fresh build; run 'npm run build' and commit the result:\n${status}${stat}`;
  console.error(message);
  if (process.env.GITHUB_STEP_SUMMARY) {
    appendFileSync(process.env.GITHUB_STEP_SUMMARY, `### ❌ dist/ is out of date\n\n\`\`\`\n${status}${stat}\`\`\`\n`);
  }
  process.exitCode = 1;
} else {
  console.log(`dist/ matches a fresh build in ${dists.length} folders`);
}
