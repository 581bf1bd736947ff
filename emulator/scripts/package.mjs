// Builds what users run, into dist/ (committed): the command (dist/index.js, also the package's
// `bin`), the library that `import 'incident-manager-emulator'` loads under Node (dist/lib/), and
// the two steps of action.yml (dist/action/main/, dist/action/post/). Each is one file with no
// dependencies, so a fresh clone runs it without `npm install`. ncc compiles the TypeScript with
// its ts-loader, which type-checks with tsconfig.json (src/ only; the tests have
// test/tsconfig.json); TypeScript 7 breaks that loader, so a move to 7 needs a tsc-first step
// here, as the action's own build (../scripts/package.mjs) has.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ncc = (entry, out) =>
  execFileSync(
    'npx',
    [
      'ncc',
      'build',
      entry,
      '-o',
      out,
      '--target',
      'es2022',
      '--license',
      'licenses.txt',
      '--quiet',
    ],
    { stdio: 'inherit', cwd: PACKAGE_ROOT },
  );

// First: ncc empties its output directory, and the others are inside this one.
ncc('src/cli.ts', 'dist');
ncc('src/index.ts', 'dist/lib');
ncc('src/action/main.ts', 'dist/action/main');
ncc('src/action/post.ts', 'dist/action/post');
