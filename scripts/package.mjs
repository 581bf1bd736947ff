// Builds what users run: tsc compiles src/ to build/action, then ncc bundles that JavaScript into
// dist/index.js. ncc never sees a .ts file, so its built-in ts-loader plays no part. The project
// pins TypeScript ~6.0 (package.json); TypeScript 7 breaks that loader, and because tsc compiles
// first, this build keeps working when the project moves to 7.
// The emulator is a package of its own (emulator/, a workspace) with its own build,
// emulator/scripts/package.mjs (`npm run package:emulator` here), run at the end of this one.
// `--no-minify` keeps the bundle readable (for `node --cpu-prof`); `--stats <file>` writes
// webpack's module statistics (what each chunk holds); `--without <stand-in>` (undici; repeatable)
// leaves that stand-in's mapping out, and `--out <dir>` writes the bundle there
// instead of dist/ (and builds no emulator): the benchmark's `--stand-ins` comparison builds its
// variants with them. None of these is for the committed dist/. ncc
// minifies the entry only; the chunks stay as webpack writes them (minifying them too saved about
// 3 ms of a run, within the noise of a start-up measurement).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const run = (cmd, args, options = {}) => execFileSync(cmd, args, { stdio: 'inherit', ...options });
const argv = process.argv.slice(2);
const minify = !argv.includes('--no-minify');
const valueOf = (flag) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
const statsFile = valueOf('--stats');
const outDir = valueOf('--out') ?? 'dist';
const without = argv.flatMap((arg, i) => (argv[i - 1] === '--without' ? [arg] : []));

/**
 * The AWS SDK's packages (`@aws-sdk/*`, `@smithy/*`, `@aws/*`) mapped to their ES module builds.
 * Each ships a CommonJS build (`dist-cjs`, one file per package) and an ES module build
 * (`dist-es`) of the same version. ncc picks the CommonJS one (the "node" condition and the
 * "main" field win), which webpack cannot tree-shake: all of @smithy/core (CBOR, event streams,
 * every protocol), the whole credential chain with its nested STS/SSO/sign-in clients, and
 * node-http-handler's HTTP/2 handler (which loads `http2` at start-up) were evaluated on every run.
 * From the ES build, webpack keeps only what the action imports and turns the SDK's own dynamic
 * imports (credential providers, nested clients) into lazy chunks. Same code, same versions:
 * each target is the file the package itself names for its "module"/"import" condition, so
 * subpath exports (`@smithy/core/protocols`, `@aws-sdk/core/client`, …) map one by one. Node's
 * built-ins stay external and are still loaded with require(), never as ES module namespaces.
 */
function sdkEsmPaths(nodeModules, fromBuild) {
  const paths = {};
  for (const scope of ['@aws-sdk', '@smithy', '@aws']) {
    if (!existsSync(join(nodeModules, scope))) continue;
    for (const name of readdirSync(join(nodeModules, scope))) {
      const id = `${scope}/${name}`;
      const file = join(nodeModules, id, 'package.json');
      if (!existsSync(file)) continue;
      const pkg = JSON.parse(readFileSync(file, 'utf8'));
      const target = (entry) =>
        entry && typeof entry === 'object' ? (entry.module ?? entry.import) : undefined;
      const map = (specifier, path) =>
        (paths[specifier] = [`${fromBuild}/${id}/${path.replace(/^\.\//, '')}`]);
      if (pkg.exports && typeof pkg.exports === 'object') {
        for (const [subpath, entry] of Object.entries(pkg.exports)) {
          const path = target(entry);
          if (!subpath.startsWith('.') || typeof path !== 'string') continue;
          map(subpath === '.' ? id : `${id}/${subpath.slice(2)}`, path);
        }
      } else if (typeof pkg.module === 'string') {
        map(id, pkg.module);
      }
    }
  }
  return paths;
}

rmSync('build/action', { recursive: true, force: true });
rmSync(outDir, { recursive: true, force: true });
run('npx', ['tsc', '-p', 'tsconfig.build.json']);

// ncc resolves imports through the paths of the tsconfig.json in its working directory, for every
// module in the bundle. One bundle, dist/index.js, serves both steps of the action:
// - the main step (`runs.main`), whose start-up every run pays for: a small entry that turns on
//   Node's compile cache and then loads the action's code, a lazy chunk (src/main.ts);
// - the job-end step (`runs.post`: dist/post/index.js, src/post.ts compiled as it is): a few
//   lines that load nothing without finish-on-job-end, and otherwise import dist/index.js with the
//   stage set to the job end. The chunks are shipped once, not once per step.
// One module goes to a stand-in: undici, which @actions/http-client (imported by @actions/core on
// every run) and @actions/github import for proxies only, goes to src/bundle/lazy-undici.ts, which
// uses Node's own fetch and loads the real undici (about 1 MB of code) as a chunk of its own only
// when a proxy agent is used. It is tested on its own (__tests__/lazy-undici.test.ts) and through
// the bundle (__tests__/e2e/roles.test.ts, __tests__/e2e/proxy.test.ts);
// __tests__/stand-ins.test.ts fails when an importer needs more than a stand-in serves.
// `npm run bench -- --stand-ins` measures what each saves: keep one only while it saves 10 ms of
// CPU time or 5 MB of peak RSS on the runs that would load the real module (undici's: a quarter
// of every run's CPU time and 10 MB). Those of @actions/exec and @actions/http-client saved under
// 4 % of a run's CPU time and 1 MB, and were dropped.
// The AWS SDK resolves to its ES module build (see sdkEsmPaths).
const sdkPaths = sdkEsmPaths('node_modules', '../node_modules');
const standIns = {
  undici: {
    undici: ['./action/bundle/lazy-undici.js'],
    'undici-real': ['../node_modules/undici/index.js'],
  },
};
for (const name of without)
  if (!(name in standIns))
    throw new Error(`--without ${name}: no such stand-in (${Object.keys(standIns).join(', ')})`);
const standInPaths = Object.assign(
  {},
  ...Object.entries(standIns)
    .filter(([name]) => !without.includes(name))
    .map(([, paths]) => paths),
);
writeFileSync(
  'build/tsconfig.json',
  JSON.stringify(
    { compilerOptions: { allowJs: true, baseUrl: '.', paths: { ...sdkPaths, ...standInPaths } } },
    null,
    2,
  ),
);
run(
  'npx',
  [
    'ncc',
    'build',
    'action/index.js',
    '-o',
    resolve(outDir),
    ...(minify ? ['--minify'] : []),
    '--license',
    'licenses.txt',
    '--quiet',
    ...(statsFile ? ['--stats-out', statsFile] : []),
  ],
  { cwd: 'build' },
);
// The job-end step's launcher: plain JavaScript that imports nothing unless it has work to do.
mkdirSync(join(outDir, 'post'), { recursive: true });
writeFileSync(join(outDir, 'post', 'index.js'), readFileSync('build/action/post.js', 'utf8'));

// The `incident-timeline` command (package.json `bin`): dist/cli.js, the launcher npm links, with
// the `#!` line a bin needs. It runs the action's bundle with the stage set, as the job-end
// step's launcher does: one bundle, one copy of each chunk (src/index.ts loads the command's
// entry, src/cli.ts). Its start-up is measured beside the action's (`npm run bench`).
writeFileSync(
  join(outDir, 'cli.js'),
  "#!/usr/bin/env node\n// The incident-timeline command: the action's bundle, in the command's stage (src/index.ts, src/cli.ts).\nglobalThis[Symbol.for('incident-timeline-action.stage')] = 'command';\nawait import('./index.js');\n",
  { mode: 0o755 },
);

if (outDir === 'dist') run('node', ['emulator/scripts/package.mjs']);
