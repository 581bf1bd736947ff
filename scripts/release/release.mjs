// The release steps that decide something, for .github/workflows/release.yml and for a dry run on
// a laptop. Plain Node, no dependencies, so it runs on a fresh clone before `npm ci`.
//
//   node scripts/release/release.mjs plan --ref v1.2.3 [--commit SHA] [--notes-file FILE]
//     Checks that the version is X.Y.Z (or X.Y.Z-pre), that package.json says the same version,
//     that CHANGELOG.md has a dated section for it, and (with --commit) that the tag is absent or
//     already on that commit. Writes the section to FILE and prints version, tag, major-tag,
//     prerelease and tag-exists (to $GITHUB_OUTPUT on a runner).
//   node scripts/release/release.mjs tag --tag v1.2.3 --commit SHA [--push REMOTE]
//     Creates the tag on the commit when it is missing (a workflow_dispatch release), and pushes it.
//   node scripts/release/release.mjs move-major --tag v1.2.3 [--push REMOTE]
//     Points the major tag (v1) at the release's commit, unless a newer v1.x.y release exists
//     (a backported patch must not pull v1 back), and force-pushes it.
//
// Without --push nothing leaves the local repository: that is the dry run.
import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export class ReleaseError extends Error {
  name = 'ReleaseError';
}

const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?$/;

/**
 * `v1.2.3`, `1.2.3` or `refs/tags/v1.2.3` → the version and its tags. Build metadata (`+…`) is
 * refused: a tag carrying it would sort and compare like the version without it.
 */
export function parseVersion(ref) {
  const text = String(ref ?? '')
    .trim()
    .replace(/^refs\/tags\//, '')
    .replace(/^v/, '');
  const m = SEMVER.exec(text);
  if (!m) {
    throw new ReleaseError(
      `'${ref}' is not a release version: use vMAJOR.MINOR.PATCH, e.g. v1.2.3 (or v1.2.3-rc.1).`,
    );
  }
  const [major, minor, patch] = [m[1], m[2], m[3]].map(Number);
  return {
    version: text,
    tag: `v${text}`,
    major,
    minor,
    patch,
    prerelease: m[4] ?? '',
    majorTag: `v${major}`,
  };
}

/** Orders versions by semver precedence: negative when a < b. */
export function compareVersions(a, b) {
  const x = typeof a === 'string' ? parseVersion(a) : a;
  const y = typeof b === 'string' ? parseVersion(b) : b;
  for (const key of ['major', 'minor', 'patch']) if (x[key] !== y[key]) return x[key] - y[key];
  if (x.prerelease === y.prerelease) return 0;
  // A release sorts after its pre-releases; pre-release fields compare numerically when numeric.
  if (!x.prerelease) return 1;
  if (!y.prerelease) return -1;
  const xs = x.prerelease.split('.');
  const ys = y.prerelease.split('.');
  for (let i = 0; i < Math.max(xs.length, ys.length); i++) {
    if (xs[i] === undefined) return -1;
    if (ys[i] === undefined) return 1;
    const [xn, yn] = [/^\d+$/.test(xs[i]), /^\d+$/.test(ys[i])];
    if (xn && yn && Number(xs[i]) !== Number(ys[i])) return Number(xs[i]) - Number(ys[i]);
    if (xn !== yn) return xn ? -1 : 1;
    if (xs[i] !== ys[i]) return xs[i] < ys[i] ? -1 : 1;
  }
  return 0;
}

/**
 * The notes of one version in a Keep a Changelog file: what follows `## [X.Y.Z] - YYYY-MM-DD` up
 * to the next `## ` heading or the link definitions at the end.
 */
export function changelogSection(markdown, version) {
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const heading = new RegExp(`^## \\[?${escaped}\\]?(?:\\s|$)`);
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0) {
    throw new ReleaseError(
      `CHANGELOG.md has no section for ${version}: add '## [${version}] - YYYY-MM-DD' with its changes (move them from [Unreleased]).`,
    );
  }
  if (!/ - \d{4}-\d{2}-\d{2}\s*$/.test(lines[start])) {
    throw new ReleaseError(
      `CHANGELOG.md: the heading of ${version} has no release date: write '## [${version}] - YYYY-MM-DD'.`,
    );
  }
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => /^## /.test(line) || /^\[[^\]]+\]:\s/.test(line));
  const notes = (end < 0 ? rest : rest.slice(0, end)).join('\n').trim();
  if (!notes) throw new ReleaseError(`CHANGELOG.md: the section of ${version} is empty.`);
  return notes;
}

function git(cwd, args, options = {}) {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', options.quiet ? 'ignore' : 'inherit'],
  }).trim();
}

/**
 * The environment for `git push` on a runner: with GH_TOKEN set, the token goes to git as an HTTP
 * header through GIT_CONFIG_* variables, as actions/checkout would configure it, but for this
 * one command: the checkout keeps no credentials (persist-credentials: false) and nothing is
 * written to .git/config, where a later step could read it. Without GH_TOKEN, git's own
 * configuration applies (a laptop, a local remote).
 */
export function pushEnvironment(env = process.env) {
  const token = env.GH_TOKEN;
  if (!token) return env;
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const header = Buffer.from(`x-access-token:${token}`).toString('base64');
  const count = Number(env.GIT_CONFIG_COUNT) || 0;
  return {
    ...env,
    GIT_CONFIG_COUNT: String(count + 1),
    [`GIT_CONFIG_KEY_${count}`]: `http.${server}/.extraheader`,
    [`GIT_CONFIG_VALUE_${count}`]: `AUTHORIZATION: basic ${header}`,
  };
}

function push(cwd, remote, refspec, { force = false } = {}) {
  const env = pushEnvironment();
  if (env !== process.env && process.env.GITHUB_ACTIONS === 'true') {
    // The runner masks the token itself, not its base64 form.
    const header = env[`GIT_CONFIG_VALUE_${Number(env.GIT_CONFIG_COUNT) - 1}`];
    console.log(`::add-mask::${header.slice(header.lastIndexOf(' ') + 1)}`);
  }
  git(cwd, ['push', '--quiet', ...(force ? ['--force'] : []), remote, refspec], { env });
}

/** The commit a tag names (through an annotated tag), or undefined when there is no such tag. */
export function tagCommit(cwd, tag) {
  try {
    return git(cwd, ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`], {
      quiet: true,
    });
  } catch {
    return undefined;
  }
}

/** Every check a release must pass, with nothing written: the values the workflow goes on with. */
export function planRelease({ ref, cwd = process.cwd(), commit }) {
  const release = parseVersion(ref);
  const pkg = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8'));
  if (pkg.version !== release.version) {
    throw new ReleaseError(
      `${release.tag} does not match package.json's version ${pkg.version}: bump package.json (and src/runtime/version.ts) in a commit first, or tag v${pkg.version}.`,
    );
  }
  const notes = changelogSection(readFileSync(join(cwd, 'CHANGELOG.md'), 'utf8'), release.version);
  let tagExists = false;
  if (commit) {
    const target = git(cwd, ['rev-parse', '--verify', `${commit}^{commit}`]);
    const tagged = tagCommit(cwd, release.tag);
    if (tagged && tagged !== target) {
      throw new ReleaseError(`${release.tag} already names ${tagged}, not ${target}.`);
    }
    tagExists = Boolean(tagged);
  }
  return { ...release, notes, tagExists };
}

/** Creates `tag` on `commit` when it is missing; refuses when it names another commit. */
export function ensureTag({ cwd = process.cwd(), tag, commit, push: remote }) {
  const { tag: name } = parseVersion(tag);
  const target = git(cwd, ['rev-parse', '--verify', `${commit}^{commit}`]);
  const tagged = tagCommit(cwd, name);
  if (tagged && tagged !== target) throw new ReleaseError(`${name} already names ${tagged}.`);
  if (!tagged) git(cwd, ['tag', name, target]);
  // Never forced: a release tag that exists elsewhere on another commit makes the push fail.
  if (remote) push(cwd, remote, `refs/tags/${name}`);
  return { tag: name, commit: target, created: !tagged };
}

/**
 * Points the major tag at the release's commit when the release is the newest of its major
 * version. Pre-releases never move it. Returns what it did and why.
 */
export function moveMajorTag({ cwd = process.cwd(), tag, push: remote }) {
  const release = parseVersion(tag);
  const commit = tagCommit(cwd, release.tag);
  if (!commit) throw new ReleaseError(`${release.tag} is not a tag of this repository.`);
  const result = { majorTag: release.majorTag, commit, moved: false, reason: '' };
  if (release.prerelease) {
    result.reason = `${release.tag} is a pre-release; ${release.majorTag} stays where it is.`;
    return result;
  }
  const newer = git(cwd, ['tag', '--list', `v${release.major}.*`])
    .split('\n')
    .filter((name) => name && name !== release.tag)
    .flatMap((name) => {
      try {
        return [parseVersion(name)];
      } catch {
        return [];
      }
    })
    .filter((v) => !v.prerelease && v.major === release.major && compareVersions(v, release) > 0)
    .sort(compareVersions)
    .pop();
  if (newer) {
    result.reason = `${newer.tag} is newer than ${release.tag}; ${release.majorTag} stays on it.`;
    return result;
  }
  if (tagCommit(cwd, release.majorTag) === commit) {
    result.reason = `${release.majorTag} already names ${release.tag}'s commit.`;
  } else {
    // A lightweight tag, as the major tags of GitHub's own actions are: it only points.
    git(cwd, ['tag', '--force', release.majorTag, commit], { quiet: true });
    result.moved = true;
    result.reason = `${release.majorTag} now names ${release.tag} (${commit}).`;
  }
  // Pushed even when unchanged here: the remote's copy may still be on the previous release.
  if (remote) push(cwd, remote, `refs/tags/${release.majorTag}`, { force: true });
  return result;
}

/** `--name value` pairs after the command. */
function options(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z-]+)$/.exec(argv[i]);
    if (!m || argv[i + 1] === undefined || argv[i + 1].startsWith('--')) {
      throw new ReleaseError(`unexpected argument '${argv[i]}'`);
    }
    out[m[1]] = argv[++i];
  }
  return out;
}

/** On a runner, `key=value` lines go to $GITHUB_OUTPUT for later steps; here, to the terminal. */
function emit(values) {
  const text = Object.entries(values)
    .map(([key, value]) => `${key}=${value}\n`)
    .join('');
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, text);
  process.stdout.write(text);
}

export function main(argv = process.argv.slice(2)) {
  const [command, ...rest] = argv;
  const opts = options(rest);
  const cwd = opts.cwd ?? process.cwd();
  switch (command) {
    case 'plan': {
      const plan = planRelease({ ref: opts.ref, cwd, commit: opts.commit });
      if (opts['notes-file']) writeFileSync(opts['notes-file'], `${plan.notes}\n`);
      emit({
        version: plan.version,
        tag: plan.tag,
        'major-tag': plan.majorTag,
        prerelease: String(Boolean(plan.prerelease)),
        'tag-exists': String(plan.tagExists),
      });
      return;
    }
    case 'tag': {
      const done = ensureTag({ cwd, tag: opts.tag, commit: opts.commit, push: opts.push });
      emit({ tag: done.tag, commit: done.commit, created: String(done.created) });
      return;
    }
    case 'move-major': {
      const done = moveMajorTag({ cwd, tag: opts.tag, push: opts.push });
      console.error(done.reason);
      emit({ 'major-tag': done.majorTag, commit: done.commit, moved: String(done.moved) });
      return;
    }
    default:
      throw new ReleaseError(`unknown command '${command ?? ''}': use plan, tag or move-major`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    main();
  } catch (error) {
    if (!(error instanceof ReleaseError)) throw error;
    // A version typed into workflow_dispatch is in the message: on a runner it is escaped so that
    // no line of it can start a workflow command of its own.
    const escaped = error.message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    console.error(
      process.env.GITHUB_ACTIONS === 'true' ? `::error::${escaped}` : `release: ${error.message}`,
    );
    process.exitCode = 1;
  }
}
