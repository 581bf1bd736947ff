/**
 * scripts/release/release.mjs: the checks a release must pass and the tags it moves, run offline
 * in throwaway git repositories (and once against this repository's own package.json and
 * CHANGELOG.md, which must always be releasable as they stand).
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  changelogSection,
  compareVersions,
  ensureTag,
  moveMajorTag,
  parseVersion,
  planRelease,
  pushEnvironment,
  tagCommit,
} from '../scripts/release/release.mjs';

const ROOT = path.join(import.meta.dirname, '..');
const SCRIPT = path.join(ROOT, 'scripts/release/release.mjs');

/** Git without the user's or the machine's configuration, and outside any enclosing repository. */
const GIT_ENV: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  HOME: tmpdir(),
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Release Test',
  GIT_AUTHOR_EMAIL: 'release-test@example.com',
  GIT_COMMITTER_NAME: 'Release Test',
  GIT_COMMITTER_EMAIL: 'release-test@example.com',
};

const CHANGELOG = `# Changelog

## [Unreleased]

### Added

- Something not released yet.

## [1.1.0] - 2026-12-01

### Added

- \`finish-on-job-end\`.

## [1.0.0] - 2026-11-26

- First release.

[Unreleased]: https://github.com/acme/x/compare/v1.1.0...HEAD
[1.1.0]: https://github.com/acme/x/compare/v1.0.0...v1.1.0
[1.0.0]: https://github.com/acme/x/releases/tag/v1.0.0
`;

const dirs: string[] = [];
beforeEach(() => {
  // The script's own git calls (imported functions run in this process) get the same isolation.
  for (const [name, value] of Object.entries(GIT_ENV)) {
    if (name !== 'PATH' && name !== 'HOME') vi.stubEnv(name, value);
  }
});
afterEach(() => {
  vi.unstubAllEnvs();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'release-test-'));
  dirs.push(dir);
  return dir;
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8' }).trim();

/** A repository with package.json at `version` and CHANGELOG above; returns its path. */
function repository(version: string, changelog = CHANGELOG): string {
  const dir = tempDir();
  git(dir, 'init', '--quiet', '--initial-branch=main');
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'x', version }));
  writeFileSync(path.join(dir, 'CHANGELOG.md'), changelog);
  git(dir, 'add', '.');
  git(dir, 'commit', '--quiet', '-m', `Release ${version}`);
  return dir;
}

/** A new commit that sets package.json's version; returns its SHA. */
function bump(dir: string, version: string): string {
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'x', version }));
  git(dir, 'commit', '--quiet', '-am', `Release ${version}`);
  return git(dir, 'rev-parse', 'HEAD');
}

/** Runs the script as the workflow does, with $GITHUB_OUTPUT pointing at a file. */
async function cli(cwd: string, ...args: string[]) {
  const output = path.join(tempDir(), 'github-output');
  writeFileSync(output, '');
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [SCRIPT, ...args], {
      cwd,
      env: { ...GIT_ENV, GITHUB_OUTPUT: output },
    });
    const outputs = Object.fromEntries(
      readFileSync(output, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split('=', 2) as [string, string]),
    );
    return { code: 0, stdout, stderr, outputs };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr, outputs: {} };
  }
}

describe('parseVersion', () => {
  it('reads a tag, a version or a tag ref', () => {
    for (const ref of ['v1.2.3', '1.2.3', 'refs/tags/v1.2.3']) {
      expect(parseVersion(ref)).toMatchObject({
        version: '1.2.3',
        tag: 'v1.2.3',
        majorTag: 'v1',
        major: 1,
        prerelease: '',
      });
    }
    expect(parseVersion('v2.0.0-rc.1')).toMatchObject({ majorTag: 'v2', prerelease: 'rc.1' });
  });

  it.each(['v1', 'v1.2', '1.2.3.4', 'v01.2.3', 'v1.2.3+build.5', 'latest', '', 'v1.2.3 x'])(
    "refuses '%s'",
    (ref) => {
      expect(() => parseVersion(ref)).toThrow(/not a release version/);
    },
  );

  it('ignores the whitespace a dispatch input may carry', () => {
    expect(parseVersion(' v1.2.3\n').tag).toBe('v1.2.3');
  });

  it('orders versions as semver does', () => {
    const sorted = ['1.10.0', '1.2.0', '1.2.0-rc.10', '1.2.0-rc.2', '1.2.0-beta', '0.9.9'].sort(
      compareVersions,
    );
    expect(sorted).toEqual(['0.9.9', '1.2.0-beta', '1.2.0-rc.2', '1.2.0-rc.10', '1.2.0', '1.10.0']);
  });
});

describe('changelogSection', () => {
  it('returns the notes of one version, without the next section or the links', () => {
    expect(changelogSection(CHANGELOG, '1.1.0')).toBe('### Added\n\n- `finish-on-job-end`.');
    expect(changelogSection(CHANGELOG, '1.0.0')).toBe('- First release.');
  });

  it('refuses a version without a section, without a date, or with nothing in it', () => {
    expect(() => changelogSection(CHANGELOG, '1.2.0')).toThrow(/no section for 1\.2\.0/);
    expect(() => changelogSection('## [1.2.0]\n\n- x\n', '1.2.0')).toThrow(/no release date/);
    expect(() => changelogSection('## [1.2.0] - 2026-12-02\n\n## [1.1.0]', '1.2.0')).toThrow(
      /empty/,
    );
    // 1.1.0 is not 1.1.00 or 1.1.0.1: the version is matched whole.
    expect(() => changelogSection('## [1.1.01] - 2026-12-02\n\n- x\n', '1.1.0')).toThrow(
      /no section/,
    );
  });
});

describe('planRelease', () => {
  it("passes this repository's package.json and CHANGELOG.md as they stand", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    const plan = planRelease({ ref: `v${pkg.version}`, cwd: ROOT });
    expect(plan.tag).toBe(`v${pkg.version}`);
    expect(plan.notes.length).toBeGreaterThan(0);
  });

  it('finds CHANGELOG.md in Keep a Changelog form: [Unreleased] first, a link for each heading', () => {
    const changelog = readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8');
    const headings = [...changelog.matchAll(/^## \[([^\]]+)\]/gm)].map((m) => m[1]!);
    expect(headings[0]).toBe('Unreleased');
    expect(headings.length).toBeGreaterThan(1);
    for (const name of headings.slice(1)) expect(() => parseVersion(name), name).not.toThrow();
    for (const name of headings) expect(changelog, name).toContain(`\n[${name}]: https://`);
    // Newest first.
    const versions = headings.slice(1);
    expect([...versions].sort(compareVersions).reverse()).toEqual(versions);
  });

  it("refuses a tag that is not package.json's version", () => {
    const dir = repository('1.1.0');
    expect(() => planRelease({ ref: 'v1.2.0', cwd: dir })).toThrow(
      /v1\.2\.0 does not match package\.json's version 1\.1\.0/,
    );
  });

  it('refuses a version that CHANGELOG.md does not describe', () => {
    const dir = repository('1.1.0', CHANGELOG.replace('## [1.1.0] - 2026-12-01', '## [1.0.9]'));
    expect(() => planRelease({ ref: 'v1.1.0', cwd: dir })).toThrow(/no section for 1\.1\.0/);
  });

  it('refuses a tag that already names another commit', () => {
    const dir = repository('1.1.0');
    git(dir, 'tag', 'v1.1.0');
    writeFileSync(path.join(dir, 'README.md'), 'A later commit, same version.\n');
    git(dir, 'add', 'README.md');
    git(dir, 'commit', '--quiet', '-m', 'Docs');
    expect(() => planRelease({ ref: 'v1.1.0', cwd: dir, commit: 'HEAD' })).toThrow(
      /v1\.1\.0 already names/,
    );
    expect(planRelease({ ref: 'v1.1.0', cwd: dir, commit: 'HEAD~1' }).tagExists).toBe(true);
  });
});

describe('the release script, as the workflow runs it (a dry run: no --push)', () => {
  it('plans: outputs for the next steps and the notes file', async () => {
    const dir = repository('1.1.0');
    const notes = path.join(tempDir(), 'notes.md');
    const run = await cli(
      dir,
      'plan',
      '--ref',
      'v1.1.0',
      '--commit',
      'HEAD',
      '--notes-file',
      notes,
    );
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({
      version: '1.1.0',
      tag: 'v1.1.0',
      'major-tag': 'v1',
      prerelease: 'false',
      'tag-exists': 'false',
    });
    expect(readFileSync(notes, 'utf8')).toBe('### Added\n\n- `finish-on-job-end`.\n');
  });

  it('fails with the reason on a mismatched tag', async () => {
    const run = await cli(repository('1.1.0'), 'plan', '--ref', 'v1.0.0');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^release: v1\.0\.0 does not match package\.json's version 1\.1\.0/);
  });

  it('moves v1 to the new release, and keeps it on the newest when a patch of an older one ships', async () => {
    const dir = repository('1.0.0');
    const first = git(dir, 'rev-parse', 'HEAD');
    expect((await cli(dir, 'tag', '--tag', 'v1.0.0', '--commit', 'HEAD')).outputs.created).toBe(
      'true',
    );
    expect((await cli(dir, 'move-major', '--tag', 'v1.0.0')).outputs).toEqual({
      'major-tag': 'v1',
      commit: first,
      moved: 'true',
    });
    expect(tagCommit(dir, 'v1')).toBe(first);

    const second = bump(dir, '1.1.0');
    git(dir, 'tag', '-a', 'v1.1.0', '-m', 'v1.1.0'); // an annotated tag, as `git tag -a` makes
    const moved = await cli(dir, 'move-major', '--tag', 'v1.1.0');
    expect(moved.outputs.moved).toBe('true');
    expect(moved.stderr).toContain(`v1 now names v1.1.0 (${second})`);
    expect(tagCommit(dir, 'v1')).toBe(second);
    expect(tagCommit(dir, 'v1.1.0')).toBe(second);

    // A backported fix of 1.0: released, but v1 stays on 1.1.0.
    git(dir, 'checkout', '--quiet', '-b', 'release-1.0', 'v1.0.0');
    bump(dir, '1.0.1');
    git(dir, 'tag', 'v1.0.1');
    const kept = await cli(dir, 'move-major', '--tag', 'v1.0.1');
    expect(kept.outputs.moved).toBe('false');
    expect(kept.stderr).toContain('v1.1.0 is newer than v1.0.1');
    expect(tagCommit(dir, 'v1')).toBe(second);

    // A pre-release of 2.0 does not create or move v2.
    git(dir, 'checkout', '--quiet', 'main');
    bump(dir, '2.0.0-rc.1');
    git(dir, 'tag', 'v2.0.0-rc.1');
    expect((await cli(dir, 'move-major', '--tag', 'v2.0.0-rc.1')).outputs.moved).toBe('false');
    expect(tagCommit(dir, 'v2')).toBeUndefined();
  });

  it('refuses to move the major tag to a release that is not tagged', async () => {
    const run = await cli(repository('1.0.0'), 'move-major', '--tag', 'v1.0.0');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('v1.0.0 is not a tag of this repository');
  });
});

describe('pushing (to a bare repository standing in for GitHub)', () => {
  it('pushes the release tag, then force-pushes the moved major tag', () => {
    const dir = repository('1.0.0');
    const remote = path.join(tempDir(), 'origin.git');
    mkdirSync(remote);
    git(remote, 'init', '--quiet', '--bare');
    git(dir, 'remote', 'add', 'origin', remote);

    ensureTag({ cwd: dir, tag: 'v1.0.0', commit: 'HEAD', push: 'origin' });
    moveMajorTag({ cwd: dir, tag: 'v1.0.0', push: 'origin' });
    const first = git(dir, 'rev-parse', 'HEAD');
    expect(tagCommit(remote, 'v1')).toBe(first);

    const second = bump(dir, '1.0.1');
    ensureTag({ cwd: dir, tag: 'v1.0.1', commit: second, push: 'origin' });
    expect(moveMajorTag({ cwd: dir, tag: 'v1.0.1', push: 'origin' }).moved).toBe(true);
    expect(tagCommit(remote, 'v1')).toBe(second);
    expect(tagCommit(remote, 'v1.0.0')).toBe(first);
    expect(tagCommit(remote, 'v1.0.1')).toBe(second);

    // A release tag is never forced: one that exists elsewhere on another commit stops the release.
    expect(() => ensureTag({ cwd: dir, tag: 'v1.0.0', commit: second })).toThrow(/already names/);
  });
});

describe('pushEnvironment', () => {
  it('leaves git its own configuration without GH_TOKEN', () => {
    const env = { PATH: '/bin' };
    expect(pushEnvironment(env)).toBe(env);
  });

  it('gives git the token as the header actions/checkout would set, for one command', () => {
    const env = pushEnvironment({
      ...GIT_ENV,
      GH_TOKEN: 'ghs_example',
      GITHUB_SERVER_URL: 'https://ghe.example.com/',
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: 'core.quotepath',
      GIT_CONFIG_VALUE_0: 'false',
    });
    const key = 'http.https://ghe.example.com/.extraheader';
    const header = `AUTHORIZATION: basic ${Buffer.from('x-access-token:ghs_example').toString('base64')}`;
    expect(env).toMatchObject({ GIT_CONFIG_COUNT: '2', GIT_CONFIG_KEY_1: key });
    // git itself reads it, beside the variable that was already there, and nothing is on disk.
    const dir = repository('1.0.0');
    const read = (name: string, e: NodeJS.ProcessEnv) =>
      execFileSync('git', ['config', '--get', name], { cwd: dir, env: e, encoding: 'utf8' }).trim();
    expect(read(key, env)).toBe(header);
    expect(read('core.quotepath', env)).toBe('false');
    expect(() => read(key, GIT_ENV)).toThrow();
  });
});
