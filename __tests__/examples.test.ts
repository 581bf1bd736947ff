/**
 * The example workflows are what users copy: each must be valid YAML, use this action, pass only
 * inputs that action.yml declares, with values the action accepts where they are literal, in
 * combinations that do what the example says, with the permissions they need (and no more), and
 * without splicing untrusted text into shell scripts. workflows.test.ts checks their pins and
 * checkouts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { getInputs, SEARCH_INPUT_NAMES } from '../src/read/inputs.js';
import {
  admits,
  expressions,
  firstTrustPolicy,
  hasPermission,
  oidcSubject,
  input,
  readWorkflow,
  ROOT,
  runScriptProblems,
  stepsOf,
  triggers,
  type Job,
  type Step,
  type Workflow,
} from './workflow-files.js';
import { actionInputDefaults } from '../scripts/lib/harness.mjs';

/** action.yml's inputs and their defaults, read as the tests' runners read them. */
const defaults = actionInputDefaults();
const examples = readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.yml'));

const isThisAction = (step: Step) => step.uses?.includes('incident-timeline-action') ?? false;

function actionSteps(file: string): { workflow: Workflow; job: Job; step: Step }[] {
  const { workflow } = readWorkflow(`examples/${file}`);
  return stepsOf(workflow)
    .filter(({ step }) => isThisAction(step))
    .map(({ job, step }) => ({ workflow, job, step }));
}

const SEARCH_FILTERS = [...SEARCH_INPUT_NAMES.values()];
const SINGLE_SELECT = ['single', 'latest', 'oldest'];

/**
 * Expressions are resolved by the runner, so the literal check cannot see their values. Where the
 * action decides its mode from an input (a search or given ARNs; the commit), a typical value of
 * the right form stands in for the expression; any other expression is left out.
 */
const STAND_INS: Record<string, string> = {
  'incident-arn': 'arn:aws:ssm-incidents::111122223333:incident-record/checkout-api/6cc8bb32',
  'response-plan': 'checkout-api',
  'title-filter': 'checkout',
  impact: '2',
  'created-within': '7d',
  sha: '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d',
  'event-id': 'a1b2c3d4-5678-90ab-cdef-1234567890ab',
};

/** True when the input is set to something other than empty text. */
const isSet = (step: Step, name: string) => (input(step, name) ?? '').trim() !== '';
const isTrue = (step: Step, name: string) => input(step, name)?.trim() === 'true';
const isExpression = (value: string) => value.includes('${{');

/**
 * What is wrong with one step of this action in a workflow; empty when nothing is. The rules are
 * the ones the action enforces at run time, or warns about on every run, plus what the examples
 * promise (a marker never blocks a deploy).
 */
function stepProblems(workflow: Workflow, job: Job, step: Step): string[] {
  const problems: string[] = [];
  const filters = SEARCH_FILTERS.filter((name) => isSet(step, name));
  if (isSet(step, 'incident-arn') && filters.length) {
    problems.push(
      `incident-arn with search filters (${filters.join(', ')}): the filters are ignored with a warning; use two steps with if:`,
    );
  }
  if (!isSet(step, 'incident-arn') && !filters.length) {
    problems.push(
      "no incident-arn and no search filter: the step fails; write response-plan: '*' to mark every open incident",
    );
  }
  // An ARN from an expression may evaluate empty, and then the step fails: guard it.
  const arnExpressions = expressions(input(step, 'incident-arn') ?? '');
  if (!filters.length && arnExpressions.some((e) => !(step.if ?? '').includes(e))) {
    problems.push(
      `incident-arn from an expression without an if: that checks it (${arnExpressions.join(', ')}): the step fails when it is empty`,
    );
  }
  if (isSet(step, 'event-id')) {
    const arns = input(step, 'incident-arn') ?? '';
    const literalArns = isExpression(arns) ? [] : arns.split(/[\n,]/).filter((a) => a.trim());
    const oneTarget = isSet(step, 'incident-arn')
      ? isExpression(arns) || literalArns.length === 1
      : SINGLE_SELECT.includes(input(step, 'select') ?? 'all');
    if (!oneTarget) problems.push('event-id needs a single target incident');
  }
  if (isTrue(step, 'finish-on-job-end')) {
    if (isSet(step, 'event-id')) problems.push('finish-on-job-end with event-id');
    if (isTrue(step, 'dry-run')) problems.push('finish-on-job-end with dry-run: true');
  }
  // The runner fills these in for each stage; a value written here would be the same in every leg
  // and at every stage.
  for (const name of ['job-status', 'job-instance']) {
    if (input(step, name) !== undefined) problems.push(`${name} set: leave it as it is`);
  }
  // The job's outcome comes from job.status: no example needs to read the Actions API.
  const declared = job.permissions ?? workflow.permissions;
  if (typeof declared === 'object' && declared.actions !== undefined) {
    problems.push('permissions actions: read, which the action does not need');
  }
  const matrix = (job as { strategy?: { matrix?: unknown } }).strategy?.matrix;
  if (isSet(step, 'client-token') && matrix !== undefined) {
    problems.push('client-token in a matrix job: the legs would share one event');
  }
  // The examples assume the role with OIDC; chaining from other credentials is not what they show.
  if (isSet(step, 'role-to-assume') && !hasPermission(workflow, job, 'id-token', 'write')) {
    problems.push('role-to-assume without permissions id-token: write');
  }
  if (input(step, 'status')?.trim() === 'started' && input(step, 'fail-on-error') !== 'false') {
    problems.push('a status: started marker without fail-on-error: false can block the deploy');
  }
  return problems;
}

describe('example workflows', () => {
  it('covers the uses: deploy, matrix, reusable workflow, after CI, deployments, rollback, note', () => {
    expect(examples.sort()).toEqual([
      'annotate.yml',
      'deploy-after-ci.yml',
      'deploy-matrix.yml',
      'deploy-service.yml',
      'deploy-services.yml',
      'deploy.yml',
      'deployment-status.yml',
      'rollback.yml',
    ]);
  });

  it.each(examples)('%s uses the action with declared inputs only', (file) => {
    const steps = actionSteps(file);
    // A caller of a reusable workflow uses the action through the example it calls.
    const called = Object.values(readWorkflow(`examples/${file}`).workflow.jobs)
      .map((job) => /^\.\/\.github\/workflows\/([\w.-]+\.yml)$/.exec(job.uses ?? '')?.[1])
      .filter((name) => name !== undefined);
    expect(steps.length + called.filter((name) => actionSteps(name).length).length).toBeGreaterThan(
      0,
    );
    for (const { step } of steps) {
      for (const name of Object.keys(step.with ?? {})) {
        expect(Object.keys(defaults), `${file}: input ${name}`).toContain(name);
      }
    }
  });

  it.each(examples)('%s passes literal values the action accepts', async (file) => {
    for (const { step } of actionSteps(file)) {
      const literal = Object.fromEntries(
        Object.entries(step.with ?? {})
          .map(([name, value]) => [name, String(value)] as const)
          .map(([name, value]) => [name, isExpression(value) ? STAND_INS[name] : value] as const)
          .filter((entry): entry is readonly [string, string] => entry[1] !== undefined),
      );
      const read = (name: string) => literal[name] ?? defaults[name] ?? '';
      await expect(getInputs(read, { AWS_REGION: 'us-east-1' })).resolves.toBeDefined();
    }
  });

  it.each(examples)('%s combines inputs consistently, with the permissions they need', (file) => {
    for (const { workflow, job, step } of actionSteps(file)) {
      expect(stepProblems(workflow, job, step), `${file}: ${step.name}`).toEqual([]);
    }
  });

  it.each(examples)('%s passes values to run: scripts through env:', (file) => {
    expect(runScriptProblems(readWorkflow(`examples/${file}`).workflow)).toEqual([]);
  });

  it('deploy.yml marks the deploy in one step that finishes when the job ends', () => {
    const steps = actionSteps('deploy.yml');
    expect(steps).toHaveLength(1);
    const { step } = steps[0]!;
    expect(input(step, 'status')).toBe('started');
    expect(input(step, 'finish-on-job-end')).toBe('true');
  });

  it('rollback.yml names and links the commit rolled back to, not the dispatch commit', () => {
    const { workflow } = readWorkflow('examples/rollback.yml');
    const resolve = stepsOf(workflow).find(({ step }) => step.run?.includes('git rev-parse HEAD'));
    expect(resolve?.step.id).toBeDefined();
    const steps = actionSteps('rollback.yml');
    expect(steps).toHaveLength(2);
    for (const { step } of steps) {
      // sha moves {sha}, {short_sha}, {commit_url} and the commit link to the commit checked out.
      expect(input(step, 'sha')).toBe(`\${{ steps.${resolve?.step.id}.outputs.sha }}`);
      expect(input(step, 'link-commit')).toBeUndefined();
      expect(input(step, 'event-data')).not.toContain('${{');
    }
  });

  it('rollback.yml says whether the rollback failed, on its own service’s incidents', () => {
    const { workflow } = readWorkflow('examples/rollback.yml');
    const rollback = stepsOf(workflow).find(({ step }) => step.name === 'Roll back')?.step;
    expect(rollback?.id).toBeDefined();
    const [named, search] = actionSteps('rollback.yml');
    for (const { step } of [named!, search!]) {
      // A failed rollback is what responders most need to see: the step runs after it too.
      expect(step.if).toMatch(/^always\(\) && /);
      expect(input(step, 'status')).toContain(`steps.${rollback?.id}.outcome == 'success'`);
      expect(input(step, 'event-data')).toContain('{status}');
    }
    // The fallback search is this service's plan, not every open incident of the account.
    expect(input(search!.step, 'incident-arn')).toBeUndefined();
    expect(input(search!.step, 'response-plan')).toBe('checkout-api');
  });

  // deploy-service.yml is called by deploy-services.yml, which holds the group.
  it.each(['deploy.yml', 'deploy-matrix.yml', 'deploy-services.yml', 'deploy-after-ci.yml'])(
    '%s never runs beside another deploy to production, nor cancels one',
    (file) => {
      expect(readWorkflow(`examples/${file}`).workflow.concurrency).toEqual({
        group: 'deploy-production',
        'cancel-in-progress': false,
      });
    },
  );

  it('rollback.yml waits in a group of its own, where no deploy can cancel it', () => {
    // GitHub cancels a pending run of a group when a newer run of that group queues.
    const { concurrency } = readWorkflow('examples/rollback.yml').workflow as {
      concurrency: { group: string; 'cancel-in-progress': boolean };
    };
    expect(concurrency['cancel-in-progress']).toBe(false);
    for (const file of examples.filter((f) => f !== 'rollback.yml')) {
      const other = readWorkflow(`examples/${file}`).workflow.concurrency as
        { group?: string } | undefined;
      expect(other?.group, file).not.toBe(concurrency.group);
    }
  });

  it('deploy-matrix.yml gives each leg its own event, finished when the leg ends', () => {
    const [only, ...more] = actionSteps('deploy-matrix.yml');
    expect(more).toEqual([]);
    const job = only!.job as Job & { strategy?: { matrix?: Record<string, unknown> } };
    expect(Object.keys(job.strategy?.matrix ?? {})).not.toHaveLength(0);
    expect(input(only!.step, 'finish-on-job-end')).toBe('true');
    // The legs are told apart by job-instance, and one client-token would make them share.
    expect(input(only!.step, 'client-token')).toBeUndefined();
    expect(input(only!.step, 'environment')).toMatch(/matrix\./);
  });

  it('deploy-services.yml calls deploy-service.yml twice, granting what it needs', () => {
    const called = readWorkflow('examples/deploy-service.yml').workflow;
    expect(triggers(called)).toEqual(['workflow_call']);
    const [marker] = actionSteps('deploy-service.yml');
    expect(input(marker!.step, 'finish-on-job-end')).toBe('true');
    const caller = readWorkflow('examples/deploy-services.yml').workflow;
    const calls = Object.values(caller.jobs).filter((job) =>
      job.uses?.endsWith('/deploy-service.yml'),
    );
    expect(calls).toHaveLength(2);
    for (const call of calls) {
      // A called workflow gets at most what its caller grants.
      expect(hasPermission(caller, call, 'id-token', 'write')).toBe(true);
    }
  });

  it('deploy-after-ci.yml deploys the commit CI passed, for a push to this repository', () => {
    const { workflow } = readWorkflow('examples/deploy-after-ci.yml');
    expect(triggers(workflow)).toEqual(['workflow_run']);
    const [only] = actionSteps('deploy-after-ci.yml');
    const condition = only!.job.if ?? '';
    expect(condition).toContain("github.event.workflow_run.conclusion == 'success'");
    expect(condition).toContain("github.event.workflow_run.event == 'push'");
    // The action takes workflow_run.head_sha by itself; GITHUB_SHA is the default branch's head.
    expect(input(only!.step, 'sha')).toBeUndefined();
  });

  it('deployment-status.yml marks every state of production deployments, from its environment', () => {
    const { workflow } = readWorkflow('examples/deployment-status.yml');
    expect(triggers(workflow)).toEqual(['deployment_status']);
    const [only] = actionSteps('deployment-status.yml');
    const condition = only!.job.if ?? '';
    // Each state updates the deployment's one event: none is filtered out.
    expect(condition).not.toMatch(/deployment_status\.state/);
    // A deployment this job's own environment creates must not lead to another mark.
    expect(condition).toContain("github.event.deployment.creator.login != 'github-actions[bot]'");
    // A staging or preview deployment must not land on the production incident.
    expect(condition).toContain(
      `github.event.deployment.environment == '${only!.job.environment}'`,
    );
    for (const fromEvent of ['status', 'environment', 'sha']) {
      expect(input(only!.step, fromEvent), fromEvent).toBeUndefined();
    }
  });
});

describe("the README's trust policy", () => {
  const policy = firstTrustPolicy(readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
  const REPOSITORY = 'acme/shop'; // the README's example repository

  it.each(examples)('admits the OIDC subject of every job of %s that assumes the role', (file) => {
    const { workflow } = readWorkflow(`examples/${file}`);
    for (const [id, job] of Object.entries(workflow.jobs)) {
      const roles = (job.steps ?? []).filter(isThisAction).map((s) => input(s, 'role-to-assume'));
      for (const role of roles.filter((r) => r !== undefined)) {
        expect(role, `${file} ${id}`).toMatch(new RegExp(`^arn:aws:iam::${policy.account}:role/`));
        const subject = oidcSubject(workflow, job, REPOSITORY);
        expect(subject && admits(policy, subject), `${file} ${id}: ${subject}`).toBe(true);
      }
    }
  });

  it("admits the README's first workflow, which is pinned as the examples are", () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const first = parse(/```yaml\n([\s\S]*?)```/.exec(readme)![1]!) as Pick<Workflow, 'jobs'>;
    const workflow: Workflow = { on: { push: { branches: ['main'] } }, ...first };
    const [job] = Object.values(workflow.jobs);
    const step = (job?.steps ?? []).find(isThisAction)!;
    expect(input(step, 'role-to-assume')).toMatch(new RegExp(`^arn:aws:iam::${policy.account}:`));
    // Its job runs in the environment the trust policy names, not as its ref.
    const subject = oidcSubject(workflow, job!, REPOSITORY);
    expect(subject).toMatch(/:environment:/);
    expect(admits(policy, subject!), subject).toBe(true);
    const [deploy] = actionSteps('deploy.yml');
    expect(step.uses).toBe(deploy!.step.uses);
  });

  it('is read as GitHub and IAM match it (the test relies on this)', () => {
    expect(policy.equals.length + policy.like.length).toBeGreaterThan(0);
    const like = { account: '1', equals: [], like: ['repo:acme/shop:environment:prod-*'] };
    expect(admits(like, 'repo:acme/shop:environment:prod-eu')).toBe(true);
    expect(admits(like, 'repo:acme/shop:ref:refs/heads/main')).toBe(false);
    const workflow: Workflow = { on: { push: { branches: ['main'] } }, jobs: {} };
    expect(oidcSubject(workflow, {}, 'a/b')).toBe('repo:a/b:ref:refs/heads/main');
    expect(oidcSubject(workflow, { environment: { name: 'production' } }, 'a/b')).toBe(
      'repo:a/b:environment:production',
    );
    expect(oidcSubject({ on: 'deployment_status', jobs: {} }, {}, 'a/b')).toBeUndefined();
  });
});

/** The rules must catch what they are written for: each broken step below fails one. */
describe('the example rules', () => {
  const workflow = (permissions: Workflow['permissions']): Workflow => ({
    on: 'push',
    permissions,
    jobs: {},
  });
  const job: Job = {};
  const problems = (w: Record<string, string | boolean>, perms: Workflow['permissions'] = {}) =>
    stepProblems(workflow(perms), job, { uses: 'acme/incident-timeline-action@v1', with: w });

  it('accept a well-formed step', () => {
    expect(
      problems(
        {
          'role-to-assume': 'arn:aws:iam::1:role/r',
          'response-plan': '*',
          status: 'started',
          'fail-on-error': 'false',
        },
        { 'id-token': 'write' },
      ),
    ).toEqual([]);
  });

  it.each([
    [{ 'incident-arn': 'arn', 'response-plan': 'p' }, /search filters/],
    [{ 'incident-arn': '${{ inputs.arn }}', impact: '2' }, /search filters/],
    [{ 'event-id': 'e', 'response-plan': 'p' }, /single target/],
    [{ 'event-id': 'e', 'incident-arn': 'arn:a,arn:b' }, /single target/],
    [{ 'finish-on-job-end': 'true', 'event-id': 'e', 'incident-arn': 'a' }, /with event-id/],
    [{ 'finish-on-job-end': 'true', 'dry-run': 'true' }, /with dry-run/],
    [{ 'job-status': 'success' }, /job-status set/],
    [{ 'job-instance': '1' }, /job-instance set/],
    [{ 'event-data': 'x' }, /no search filter/],
    [{ 'incident-arn': '${{ steps.find.outputs.arn }}' }, /without an if:/],
    [{ 'role-to-assume': 'arn:aws:iam::1:role/r' }, /id-token: write/],
    [{ status: 'started' }, /fail-on-error: false/],
  ])('reject %o', (w, message) => {
    expect(problems(w).join('\n')).toMatch(message);
  });

  it('take a job permissions block over the workflow one, as GitHub does', () => {
    const w = workflow({ 'id-token': 'write' });
    const step: Step = {
      with: { 'finish-on-job-end': 'true', 'role-to-assume': 'arn', 'response-plan': 'p' },
    };
    expect(stepProblems(w, {}, step)).toEqual([]);
    expect(stepProblems(w, { permissions: { contents: 'read' } }, step)).toHaveLength(1);
    expect(stepProblems(workflow('write-all'), {}, step)).toEqual([]);
    expect(stepProblems(workflow('read-all'), {}, step).join()).toMatch(/id-token/);
  });

  it('find a permission the action does not need, and a token shared by matrix legs', () => {
    const step: Step = { with: { 'response-plan': 'p', 'client-token': 'deploy' } };
    const w = workflow({ actions: 'read' });
    expect(stepProblems(w, {}, step).join()).toMatch(/actions: read/);
    const leg: Job = { permissions: {}, strategy: { matrix: { region: ['a', 'b'] } } } as Job;
    expect(stepProblems(w, leg, step).join()).toMatch(/share one event/);
  });

  it('accept an ARN from an expression that its step checks', () => {
    const step: Step = {
      if: "steps.find.outputs.arn != ''",
      with: { 'incident-arn': '${{ steps.find.outputs.arn }}' },
    };
    expect(stepProblems(workflow({}), {}, step)).toEqual([]);
  });

  it('find ${{ }} in run: scripts', () => {
    const w: Workflow = {
      on: 'push',
      jobs: { j: { steps: [{ id: 's', run: 'echo "${{ steps.x.outputs.y }}"' }] } },
    };
    expect(runScriptProblems(w)).toEqual([
      'j/s: ${{ steps.x.outputs.y }} in run:; pass it in env:',
    ]);
  });
});

/**
 * examples/ci/: the command in other CI systems. Each gets the command the same way, pinned where
 * the workflow examples pin the action, and passes it only options and INCIDENT_TIMELINE_<NAME>
 * variables that are the action's inputs (less the four that only a GitHub job has), with values
 * the action accepts.
 */
describe('CI examples', () => {
  const CI_EXAMPLES = [
    'buildkite/.buildkite/pipeline.yml',
    'circleci/.circleci/config.yml',
    'codebuild/buildspec.yml',
    'gitlab/.gitlab-ci.yml',
    'jenkins/Jenkinsfile',
  ];
  const GITHUB_ONLY = ['job-status', 'job-instance', 'finish-on-job-end', 'github-token'];
  const OPTIONS = Object.keys(defaults).filter((name) => !GITHUB_ONLY.includes(name));
  const text = (file: string) => readFileSync(path.join(ROOT, 'examples/ci', file), 'utf8');

  /** The options of each `dist/cli.js mark|exec` line, as name → value ('' for a flag). */
  function commandLines(
    file: string,
  ): { verb: string; options: Map<string, string>; rest: string }[] {
    const joined = text(file).replace(/\\\n\s*/g, ' ');
    return [...joined.matchAll(/dist\/cli\.js"?\s+(\w+)([^\n]*)/g)].map(([, verb, args]) => {
      const [optionPart = '', rest = ''] = (args ?? '').split(/\s--\s/, 2);
      const tokens = optionPart.trim().split(/\s+/).filter(Boolean);
      const options = new Map<string, string>();
      tokens.forEach((token, i) => {
        if (!token.startsWith('--')) return;
        const [name = '', value] = token.slice(2).split(/=(.*)/s);
        const next = tokens[i + 1];
        options.set(name, value ?? (next && !next.startsWith('--') ? next : ''));
      });
      return { verb: verb!, options, rest: rest.trim() };
    });
  }

  /** INCIDENT_TIMELINE_<NAME> set in the file (YAML `NAME: value`, Groovy `NAME = 'value'`). */
  function variables(file: string): Map<string, string> {
    const found = text(file).matchAll(
      /\bINCIDENT_TIMELINE_([A-Z_]+)\s*[:=]\s*'?([^'\n#]*?)'?\s*$/gm,
    );
    return new Map(
      [...found].map(([, name, value]) => [name!.toLowerCase().replaceAll('_', '-'), value!]),
    );
  }

  const pin = (content: string) =>
    /incident-timeline-action@([0-9a-f]{40}) # (v[\d.]+)/.exec(content)?.slice(1);

  it('has one example per CI system', () => {
    const found = readdirSync(path.join(ROOT, 'examples/ci'), {
      recursive: true,
      withFileTypes: true,
    })
      .filter((entry) => entry.isFile())
      .map((entry) =>
        path.relative(path.join(ROOT, 'examples/ci'), path.join(entry.parentPath, entry.name)),
      );
    expect(found.sort()).toEqual(CI_EXAMPLES);
  });

  it.each(CI_EXAMPLES.filter((f) => f.endsWith('.yml')))('%s is valid YAML', (file) => {
    expect(parse(text(file))).toBeTypeOf('object');
  });

  it.each(CI_EXAMPLES)('%s gets the command at the commit the workflow examples pin', (file) => {
    const expected = pin(readFileSync(path.join(ROOT, 'examples/deploy.yml'), 'utf8'));
    expect(expected).toBeDefined();
    const fetched =
      /fetch -q --depth 1 https:\/\/github\.com\/acme\/incident-timeline-action ([0-9a-f]{40}) # (v[\d.]+)/.exec(
        text(file),
      );
    expect(fetched?.slice(1)).toEqual(expected);
    expect(text(file)).toContain('checkout -q FETCH_HEAD');
  });

  it.each(CI_EXAMPLES)('%s runs the command with options the action accepts', async (file) => {
    const lines = commandLines(file);
    expect(lines.length).toBeGreaterThan(0);
    const fromEnv = variables(file);
    for (const name of fromEnv.keys())
      expect(OPTIONS, `${file}: INCIDENT_TIMELINE_ variable`).toContain(name);
    for (const { verb, options, rest } of lines) {
      expect(['mark', 'exec']).toContain(verb);
      if (verb === 'exec') expect(rest, `${file}: exec needs -- COMMAND`).not.toBe('');
      for (const name of options.keys()) expect(OPTIONS, `${file}: --${name}`).toContain(name);
      const given = new Map([...fromEnv, ...options]);
      const read = (name: string) => given.get(name) ?? defaults[name] ?? '';
      await expect(getInputs(read, { AWS_REGION: 'eu-west-1' })).resolves.toBeDefined();
    }
  });

  it.each([
    // GitLab's and CircleCI's ID tokens, and Buildkite's, reach the SDK's default chain as a file.
    ['gitlab/.gitlab-ci.yml', '$AWS_ID_TOKEN'],
    ['circleci/.circleci/config.yml', '$CIRCLE_OIDC_TOKEN_V2'],
    ['buildkite/.buildkite/pipeline.yml', 'buildkite-agent oidc request-token'],
  ])('%s writes its OIDC token to AWS_WEB_IDENTITY_TOKEN_FILE for AWS_ROLE_ARN', (file, token) => {
    const content = text(file);
    expect(content).toContain(token);
    expect(content).toMatch(/> "\$\$?AWS_WEB_IDENTITY_TOKEN_FILE"/);
    expect(content).toMatch(/AWS_ROLE_ARN: arn:aws:iam::\d{12}:role\//);
  });

  it('the GitLab job asks for an ID token for STS, and CircleCI’s job uses a context', () => {
    const gitlab = parse(text('gitlab/.gitlab-ci.yml')) as Record<string, Record<string, unknown>>;
    expect(gitlab.deploy?.id_tokens).toEqual({ AWS_ID_TOKEN: { aud: 'sts.amazonaws.com' } });
    const circle = parse(text('circleci/.circleci/config.yml')) as {
      workflows: Record<string, { jobs: Record<string, { context?: string }>[] }>;
    };
    const jobs = Object.values(circle.workflows).flatMap((w) => w.jobs.flatMap(Object.values));
    expect(jobs.every((job) => job.context)).toBe(true);
  });

  it('Buildkite’s pipeline leaves $ to the shell: it would be interpolated at upload', () => {
    const command = (
      parse(text('buildkite/.buildkite/pipeline.yml')) as { steps: { command: string }[] }
    ).steps[0]!.command;
    expect(command.replaceAll('$$', '')).not.toContain('$');
  });
});
