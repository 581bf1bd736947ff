// Builds what users run: tsc compiles src/ to build/action, then ncc bundles that JavaScript into
// dist/index.js (TypeScript 7 breaks ncc's own TypeScript loader, so ncc never sees .ts files).
// The emulator has its own bundle, built by `npm run package:emulator`.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

const run = (cmd, args, options = {}) => execFileSync(cmd, args, { stdio: 'inherit', ...options });

rmSync('build/action', { recursive: true, force: true });
rmSync('dist', { recursive: true, force: true });
run('npx', ['tsc', '-p', 'tsconfig.build.json']);

// ncc resolves imports through the paths of the tsconfig.json in its working directory. Two
// mappings keep start-up lean: @actions/core's import of @actions/http-client (for OIDC only) goes
// to a stand-in that loads the real client on first use, as a chunk of its own.
writeFileSync(
  'build/tsconfig.json',
  JSON.stringify(
    {
      compilerOptions: {
        allowJs: true,
        baseUrl: '.',
        paths: {
          '@actions/http-client': ['./action/bundle/lazy-http-client.js'],
          '@actions/http-client/lib/auth': ['./action/bundle/lazy-http-client.js'],
          'actions-http-client-real': ['../node_modules/@actions/http-client/lib/index.js'],
          'actions-http-client-real/auth': ['../node_modules/@actions/http-client/lib/auth.js'],
        },
      },
    },
    null,
    2,
  ),
);
run('npx', ['ncc', 'build', 'action/index.js', '-o', '../dist', '--minify', '--license', 'licenses.txt', '--quiet'], {
  cwd: 'build',
});

const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts ?? {};
if (scripts['package:emulator']) run('npm', ['run', '-s', 'package:emulator']);
