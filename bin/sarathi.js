#!/usr/bin/env node
// Entry point for `sarathi` and every npm script. It stays plain JavaScript so that it can
// explain an old Node in one line instead of failing on TypeScript syntax.
const [major] = process.versions.node.split('.').map(Number);
if (major < 24) {
  console.error(
    `sarathi needs Node 24 (found ${process.version}). Run it through npm (npm start, npx sarathi) ` +
      'after npm install: npm puts the Node 24 pinned in devDependencies first on the PATH.',
  );
  process.exit(1);
}
await import('../src/cli/main.ts');
