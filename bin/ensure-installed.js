// Runs before `npm start` and `npm test`, under whatever Node the machine has (perhaps 20):
// installs the dependencies, including the pinned Node 24, when they are missing or older than
// package-lock.json, so a fresh clone needs only the one command.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(
  import.meta.dirname ??
    path.dirname(decodeURIComponent(new globalThis.URL(import.meta.url).pathname)),
  '..',
);
const installedMarker = path.join(root, 'node_modules', '.package-lock.json');
const pinnedNode = path.join(root, 'node_modules', '.bin', 'node');
const lockFile = path.join(root, 'package-lock.json');

const stale =
  !existsSync(pinnedNode) ||
  !existsSync(installedMarker) ||
  statSync(lockFile).mtimeMs > statSync(installedMarker).mtimeMs;

if (stale) {
  console.error('sarathi: installing dependencies (npm install); this happens once.');
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error(
      'sarathi: npm install failed (see above); it needs the npm registry to be reachable.',
    );
    process.exit(1);
  }
}
