/**
 * The example workflows are what users copy: each must be valid YAML, use this action, pass only
 * inputs that action.yml declares, with values the action accepts where they are literal, in
 * combinations that do what the example says, with the permissions they need, and without
 * splicing untrusted text into shell scripts. workflows.test.ts checks their pins and checkouts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { getInputs } from '../src/inputs.js';
import {
  hasPermission,
  input,
  readWorkflow,
  ROOT,
  runScriptProblems,
  stepsOf,
  type Job,
  type Step,
  type Workflow,
} from './workflow-files.js';

const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};
const examples = readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.yml'));

const isThisAction = (step: Step) => step.uses?.includes('incident-timeline-action') ?? false;

function actionSteps(file: string): { workflow: Workflow; job: Job; step: Step }[] {
  const { workflow } = readWorkflow(`examples/${file}`);
  return stepsOf(workflow)
    .filter(({ step }) => isThisAction(step))
    .map(({ job, step }) => ({ workflow, job, step }));
}

const SEARCH_FILTERS = ['response-plan', 'title-filter', 'impact', 'created-within'];
const SINGLE_SELECT = ['single', 'latest', 'oldest'];

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
    if (!hasPermission(workflow, job, 'actions', 'read')) {
      problems.push('finish-on-job-end without permissions actions: read (to read the outcome)');
    }
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
  it('covers the three uses: deploy, rollback, dispatch annotation', () => {
    expect(examples.sort()).toEqual(['annotate.yml', 'deploy.yml', 'rollback.yml']);
  });

  it.each(examples)('%s uses the action with declared inputs only', (file) => {
    const steps = actionSteps(file);
    expect(steps.length).toBeGreaterThan(0);
    for (const { step } of steps) {
      for (const name of Object.keys(step.with ?? {})) {
        expect(Object.keys(action.inputs), `${file}: input ${name}`).toContain(name);
      }
    }
  });

  it.each(examples)('%s passes literal values the action accepts', async (file) => {
    for (const { step } of actionSteps(file)) {
      const literal = Object.fromEntries(
        Object.entries(step.with ?? {})
          .map(([name, value]) => [name, String(value)] as const)
          // Expressions are resolved by the runner; only literal values can be checked here.
          .filter(([, value]) => !isExpression(value)),
      );
      const read = (name: string) => literal[name] ?? action.inputs[name]?.default ?? '';
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

  it('rollback.yml names the commit rolled back to, not the dispatch commit', () => {
    const { workflow } = readWorkflow('examples/rollback.yml');
    const resolve = stepsOf(workflow).find(({ step }) => step.run?.includes('git rev-parse HEAD'));
    expect(resolve?.step.id).toBeDefined();
    for (const { step } of actionSteps('rollback.yml')) {
      expect(input(step, 'link-commit')).toBe('false');
      expect(input(step, 'event-data')).toContain(`steps.${resolve?.step.id}.outputs.sha`);
      // {sha}, {short_sha} and {commit_url} are GITHUB_SHA: the commit the run was dispatched from.
      expect(input(step, 'event-data')).not.toMatch(/\{(sha|short_sha|commit_url)\}/);
    }
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
        { 'role-to-assume': 'arn:aws:iam::1:role/r', status: 'started', 'fail-on-error': 'false' },
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
    [{ 'finish-on-job-end': 'true' }, /actions: read/],
    [{ 'role-to-assume': 'arn:aws:iam::1:role/r' }, /id-token: write/],
    [{ status: 'started' }, /fail-on-error: false/],
  ])('reject %o', (w, message) => {
    expect(problems(w).join('\n')).toMatch(message);
  });

  it('take a job permissions block over the workflow one, as GitHub does', () => {
    const w = workflow({ actions: 'read', 'id-token': 'write' });
    const step: Step = { with: { 'finish-on-job-end': 'true', 'role-to-assume': 'arn' } };
    expect(stepProblems(w, {}, step)).toEqual([]);
    expect(stepProblems(w, { permissions: { contents: 'read' } }, step)).toHaveLength(2);
    expect(stepProblems(workflow('write-all'), {}, step)).toEqual([]);
    expect(stepProblems(workflow('read-all'), {}, step).join()).toMatch(/id-token/);
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
