/**
 * Reading GitHub workflow files for the tests that check them (examples.test.ts,
 * workflows.test.ts): the parsed document, its jobs and steps, and the permissions a job gets.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export const ROOT = path.join(import.meta.dirname, '..');

export type Scalar = string | number | boolean | null;

export interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, Scalar>;
  env?: Record<string, Scalar>;
}

export type Permissions = 'read-all' | 'write-all' | Record<string, string>;

export interface Job {
  name?: string;
  'runs-on'?: string;
  needs?: string | string[];
  if?: string;
  permissions?: Permissions;
  environment?: string | { name?: string; url?: string };
  env?: Record<string, Scalar>;
  /** A job that calls a reusable workflow has `uses` and no steps. */
  uses?: string;
  with?: Record<string, Scalar>;
  secrets?: string | Record<string, string>;
  steps?: Step[];
}

export interface Workflow {
  name?: string;
  on: string | string[] | Record<string, unknown>;
  permissions?: Permissions;
  concurrency?: unknown;
  env?: Record<string, Scalar>;
  jobs: Record<string, Job>;
}

export interface WorkflowFile {
  /** Relative to the repository root, e.g. `examples/deploy.yml`. */
  file: string;
  text: string;
  workflow: Workflow;
}

export function readWorkflow(file: string): WorkflowFile {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  return { file, text, workflow: parse(text) as Workflow };
}

/** Every step of every job, with its job's key. */
export function stepsOf(workflow: Workflow): { jobId: string; job: Job; step: Step }[] {
  return Object.entries(workflow.jobs).flatMap(([jobId, job]) =>
    (job.steps ?? []).map((step) => ({ jobId, job, step })),
  );
}

/** The trigger names, whichever of the three forms `on:` is written in. */
export function triggers(workflow: Workflow): string[] {
  const on = workflow.on;
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on;
  return Object.keys(on);
}

const SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
] as const;

/**
 * The token permissions a job runs with, as GitHub applies them: a job's `permissions` replace
 * the workflow's entirely; `read-all`/`write-all` grant every scope (id-token only with write);
 * a listed map grants what it lists and nothing else. `undefined` when neither sets any: then
 * the repository's default applies, which a workflow cannot rely on.
 */
export function jobPermissions(
  workflow: Workflow,
  job: Job,
): Record<string, 'read' | 'write'> | undefined {
  const declared = job.permissions ?? workflow.permissions;
  if (declared === undefined) return undefined;
  if (declared === 'read-all' || declared === 'write-all') {
    const level = declared === 'read-all' ? 'read' : 'write';
    return Object.fromEntries(
      SCOPES.filter((s) => s !== 'id-token' || level === 'write').map((s) => [s, level]),
    );
  }
  const granted: Record<string, 'read' | 'write'> = {};
  for (const [scope, level] of Object.entries(declared ?? {})) {
    if (level === 'read' || level === 'write') granted[scope] = level;
  }
  return granted;
}

/** True when the job's token has `scope` at `level` or above. */
export function hasPermission(
  workflow: Workflow,
  job: Job,
  scope: string,
  level: 'read' | 'write',
): boolean {
  const granted = jobPermissions(workflow, job)?.[scope];
  return granted === 'write' || (granted === 'read' && level === 'read');
}

/** The `${{ … }}` expressions in a text, their insides trimmed. */
export function expressions(text: string): string[] {
  return [...text.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map((m) => m[1]!.trim());
}

/** The step's input as the action receives it: a string, `undefined` when not set. */
export function input(step: Step, name: string): string | undefined {
  const value = step.with?.[name];
  return value === undefined || value === null ? undefined : String(value);
}

/** `${{ }}` inside a `run:` script is spliced into the shell before it runs. */
export function runScriptProblems(workflow: Workflow): string[] {
  return stepsOf(workflow).flatMap(({ jobId, step }) =>
    expressions(step.run ?? '').map(
      (e) => `${jobId}/${step.id ?? step.name ?? 'step'}: \${{ ${e} }} in run:; pass it in env:`,
    ),
  );
}

/** The `sub` and `aud` conditions of a role's trust policy for GitHub's OIDC provider. */
export interface TrustPolicy {
  /** The provider's account (from its ARN). */
  account: string;
  /** Subjects matched exactly (`StringEquals`). */
  equals: string[];
  /** Subject patterns (`StringLike`, `*` and `?`). */
  like: string[];
}

const SUB = 'token.actions.githubusercontent.com:sub';

/** The first JSON code block of a Markdown text that is a trust policy for GitHub's OIDC. */
export function firstTrustPolicy(markdown: string): TrustPolicy {
  for (const [, body] of markdown.matchAll(/```json\n([\s\S]*?)```/g)) {
    if (!body!.includes('sts:AssumeRoleWithWebIdentity')) continue;
    const policy = JSON.parse(body!) as {
      Statement: {
        Principal?: { Federated?: string };
        Condition?: Record<string, Record<string, string | string[]>>;
      }[];
    };
    const [statement] = policy.Statement;
    const list = (operator: string) => [statement?.Condition?.[operator]?.[SUB] ?? []].flat();
    return {
      account: /^arn:aws:iam::(\d{12}):/.exec(statement?.Principal?.Federated ?? '')?.[1] ?? '',
      equals: list('StringEquals'),
      like: list('StringLike'),
    };
  }
  throw new Error('no trust policy with sts:AssumeRoleWithWebIdentity');
}

/** True when the policy's `sub` conditions admit the subject. */
export function admits(policy: TrustPolicy, subject: string): boolean {
  const glob = (pattern: string) =>
    new RegExp(
      `^${pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`,
    );
  return (
    policy.equals.includes(subject) || policy.like.some((pattern) => glob(pattern).test(subject))
  );
}

/**
 * The `sub` claim of the OIDC token a job gets in repository `repo`: its environment's when it
 * has one, else its ref's (`undefined` when the trigger does not fix the ref).
 */
export function oidcSubject(workflow: Workflow, job: Job, repo: string): string | undefined {
  const name = typeof job.environment === 'object' ? job.environment.name : job.environment;
  if (name !== undefined) return `repo:${repo}:environment:${name}`;
  const push = (workflow.on as { push?: { branches?: string[] } } | undefined)?.push;
  const branches = triggers(workflow).length === 1 ? (push?.branches ?? []) : [];
  return branches.length === 1 ? `repo:${repo}:ref:refs/heads/${branches[0]}` : undefined;
}
