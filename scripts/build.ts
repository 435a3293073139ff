// Bundles every action and the CLI with ncc, two at a time (CI has two cores).
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { bundledFolders, root } from './workspaces.js';

function build(folder: string): Promise<void> {
  // ncc adds to its output folder and never empties it: a chunk the sources no
  // longer make would stay, be committed, and pass the dist check unseen.
  rmSync(join(root, folder, 'dist'), { recursive: true, force: true });
  return new Promise((resolveBuild, reject) => {
    const started = Date.now();
    const child = spawn('npm', ['run', 'build', '--silent'], { cwd: join(root, folder), stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('close', (code) => {
      if (code === 0) {
        console.log(`built ${folder} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        resolveBuild();
      } else reject(new Error(`build of ${folder} failed with exit code ${code}`));
    });
  });
}

const queue = bundledFolders();
const workers = Array.from({ length: 2 }, async () => {
  for (let folder = queue.shift(); folder; folder = queue.shift()) await build(folder);
});
try {
  await Promise.all(workers);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
