// Builds what users run: tsc compiles src/ to build/action, then ncc bundles that JavaScript into
// dist/index.js (TypeScript 7 breaks ncc's own TypeScript loader, so ncc never sees .ts files).
// The emulator has its own bundle, built by `npm run package:emulator` when that script exists.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

rmSync('build/action', { recursive: true, force: true });
rmSync('dist', { recursive: true, force: true });
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', ['ncc', 'build', 'build/action/index.js', '-o', 'dist', '--minify', '--license', 'licenses.txt', '--quiet']);

const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts ?? {};
if (scripts['package:emulator']) run('npm', ['run', '-s', 'package:emulator']);
