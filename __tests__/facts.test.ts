/**
 * Units of the workflow facts: the deployed commit (facts, and the `sha` input) and the
 * idempotency token with the job instance (token).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  collectFacts,
  deployedCommit,
  type WorkflowFacts,
  tellsCallsApart,
} from '../src/read/facts.js';
import { commitSubjectOf, MAX_COMMIT_SUBJECT } from '../src/parse/commit-message.js';
import { getInputs } from '../src/read/inputs.js';
import { deriveClientToken, userClientToken } from '../src/write/token.js';

const ENV = {
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_SHA: '1111111111111111111111111111111111111111',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_REF_NAME: 'main',
  GITHUB_JOB: 'deploy',
  GITHUB_ACTION: 'mark',
  GITHUB_RUN_ID: '42',
  GITHUB_RUN_ATTEMPT: '1',
};
const ARN = 'arn:aws:ssm-incidents::111122223333:incident-record/p/1';

describe('the deployed commit', () => {
  const HEAD = '2222222222222222222222222222222222222222';
  const DEPLOYED = '3333333333333333333333333333333333333333';

  it.each([
    [
      'a push: GITHUB_SHA and GITHUB_REF',
      {},
      '',
      ENV.GITHUB_SHA,
      'refs/heads/main',
      'main',
      'GITHUB_SHA',
    ],
    [
      'workflow_run: head_sha and head_branch',
      { workflow_run: { head_sha: HEAD, head_branch: 'release' } },
      '',
      HEAD,
      'release',
      'release',
      'workflow_run',
    ],
    [
      'deployment: its sha and ref',
      { deployment: { sha: DEPLOYED, ref: 'refs/tags/v2.0.0' } },
      '',
      DEPLOYED,
      'refs/tags/v2.0.0',
      'v2.0.0',
      'deployment',
    ],
    [
      'deployment before workflow_run',
      { deployment: { sha: DEPLOYED, ref: 'main' }, workflow_run: { head_sha: HEAD } },
      '',
      DEPLOYED,
      'main',
      'main',
      'deployment',
    ],
    [
      'a deployment without a ref: the run ref',
      { deployment: { sha: DEPLOYED } },
      '',
      DEPLOYED,
      'refs/heads/main',
      'main',
      'deployment',
    ],
    [
      'the sha input before everything, with the run ref',
      { deployment: { sha: DEPLOYED, ref: 'v2' } },
      'abcdef1',
      'abcdef1',
      'refs/heads/main',
      'main',
      'sha',
    ],
  ])('%s', (_, payload, given, sha, ref, refName, source) => {
    expect(deployedCommit(payload, ENV, given)).toEqual({ sha, ref, refName, source });
  });

  it('every commit fact follows it', () => {
    const facts = collectFacts({ sha: 'abcdef1234567' }, ENV);
    expect(facts.sha).toBe('abcdef1234567');
    expect(facts.shortSha).toBe('abcdef1');
    expect(facts.commitUrl).toBe('https://github.com/acme/shop/commit/abcdef1234567');
  });

  it.each(['main', 'abc12', 'g'.repeat(40), '1'.repeat(41), 'abcdef1 abcdef1'])(
    'refuses sha %j before any call',
    async (sha) => {
      const read = (name: string) => ({ sha, 'incident-arn': ARN })[name] ?? '';
      await expect(getInputs(read, { AWS_REGION: 'us-east-1' })).rejects.toThrow(
        /^Input 'sha': .* is not a commit SHA; use 7 to 40 hexadecimal digits/,
      );
    },
  );

  it('takes a sha in capitals as lower case', async () => {
    const read = (name: string) => ({ sha: 'ABCDEF1234', 'incident-arn': ARN })[name] ?? '';
    expect((await getInputs(read, { AWS_REGION: 'us-east-1' })).sha).toBe('abcdef1234');
  });
});

describe('the token with the job instance', () => {
  const facts = (jobInstance: string): WorkflowFacts => collectFacts({ jobInstance }, ENV);
  const token = (jobInstance: string) =>
    deriveClientToken(facts(jobInstance), 'arn:a', 'CreateTimelineEvent', ['Custom Event', 'x']);

  it('differs between matrix legs, and is the same for the same leg', () => {
    expect(token('1001')).not.toBe(token('1002'));
    expect(token('0')).not.toBe(token('1'));
    expect(token('1001')).toBe(token('1001'));
    expect(token('1001')).toMatch(/^ita-[0-9a-f]{64}$/);
  });

  it('keeps its parts apart: the job instance cannot pass for the step', () => {
    const a = deriveClientToken(
      collectFacts({ jobInstance: '1' }, { ...ENV, GITHUB_ACTION: '2' }),
      'arn:a',
      'op',
      [],
    );
    const b = deriveClientToken(
      collectFacts({ jobInstance: '12' }, { ...ENV, GITHUB_ACTION: '' }),
      'arn:a',
      'op',
      [],
    );
    expect(a).not.toBe(b);
  });

  it('reaches the job instance from the job-instance input', async () => {
    const read = (name: string) => ({ 'job-instance': ' 31415 ', 'incident-arn': ARN })[name] ?? '';
    expect((await getInputs(read, { AWS_REGION: 'us-east-1' })).jobInstance).toBe('31415');
  });

  it("a user's token gets a suffix per incident and per scope, within 128 characters", () => {
    expect(userClientToken('mine', 'arn:a', 1)).toBe('mine');
    expect(userClientToken('mine', 'arn:a', 1, 'job-end')).not.toBe('mine');
    expect(userClientToken('mine', 'arn:a', 2)).not.toBe(userClientToken('mine', 'arn:b', 2));
    expect(userClientToken('x'.repeat(128), 'arn:a', 1, 'job-end')).toHaveLength(128);
  });

  it("a user's token keeps its start and ends in 12 hexadecimal digits of the incident and scope", () => {
    const several = userClientToken('mine', 'arn:a', 2);
    expect(several).toMatch(/^mine-[0-9a-f]{12}$/);
    expect(userClientToken('mine', 'arn:a', 0)).toBe('mine');
    expect(userClientToken('mine', 'arn:a', 3)).toBe(several);
    // The scope tells apart two writes to the same incident.
    const jobEnd = userClientToken('mine', 'arn:a', 2, 'job-end');
    expect(jobEnd).toMatch(/^mine-[0-9a-f]{12}$/);
    expect(jobEnd).not.toBe(several);
    expect(userClientToken('mine', 'arn:a', 1, 'job-end')).toBe(jobEnd);
    expect(userClientToken('mine', 'arn:b', 1, 'job-end')).not.toBe(jobEnd);
    const long = userClientToken('y'.repeat(128), 'arn:a', 2);
    expect(long).toHaveLength(128);
    expect(long.slice(0, 115)).toBe('y'.repeat(115));
    expect(long.slice(115)).toBe(several.slice(4));
  });

  it('derives the token from every part of the write', () => {
    const base = collectFacts({ jobInstance: '1' }, ENV);
    const t = (facts: WorkflowFacts, arn = 'arn:a', op = 'op', payload = ['p']) =>
      deriveClientToken(facts, arn, op, payload);
    const tokens = [
      t(base),
      t(collectFacts({ jobInstance: '1' }, { ...ENV, GITHUB_REPOSITORY: 'acme/other' })),
      t(collectFacts({ jobInstance: '1' }, { ...ENV, GITHUB_RUN_ID: '43' })),
      t(collectFacts({ jobInstance: '1' }, { ...ENV, GITHUB_RUN_ATTEMPT: '2' })),
      t(collectFacts({ jobInstance: '1' }, { ...ENV, GITHUB_JOB: 'other' })),
      t(collectFacts({ jobInstance: '1' }, { ...ENV, GITHUB_ACTION: 'other' })),
      t(base, 'arn:b'),
      t(base, 'arn:a', 'other'),
      t(base, 'arn:a', 'op', ['q']),
      t(base, 'arn:a', 'op', ['p', '']),
    ];
    expect(new Set(tokens).size).toBe(tokens.length);
    expect(t(base)).toBe(tokens[0]);
  });
});

describe('the facts of a run', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ita-facts-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  const payloadFile = (content: string) => {
    const file = path.join(dir, `event-${n++}.json`);
    writeFileSync(file, content);
    return file;
  };

  it('are empty, with defaults for the server, the API and the attempt, outside a runner', () => {
    expect(collectFacts({}, {})).toEqual({
      serverUrl: 'https://github.com',
      repository: '',
      sha: '',
      shaSource: 'GITHUB_SHA',
      shortSha: '',
      ref: '',
      refName: '',
      actor: '',
      workflow: '',
      job: '',
      step: '',
      jobInstance: '',
      runId: '',
      runAttempt: '1',
      runUrl: '',
      commitUrl: '',
      commitSubject: '',
      eventName: '',
      eventEnvironment: '',
      eventStatus: '',
      dispatchInputs: new Map(),
      codeBuildArn: '',
      apiUrl: 'https://api.github.com',
    });
  });

  it('take the links from the server without its trailing slashes', () => {
    const facts = collectFacts(
      {},
      {
        ...ENV,
        GITHUB_SERVER_URL: 'https://ghe.example//',
        GITHUB_API_URL: 'https://ghe.example/api/v3//',
        GITHUB_WORKFLOW: 'Deploy',
        GITHUB_TRIGGERING_ACTOR: 'hubot',
        GITHUB_ACTOR: 'octocat',
        GITHUB_EVENT_NAME: 'push',
        CODEBUILD_BUILD_ARN: 'arn:b',
      },
    );
    expect(facts).toMatchObject({
      serverUrl: 'https://ghe.example',
      apiUrl: 'https://ghe.example/api/v3',
      runUrl: 'https://ghe.example/acme/shop/actions/runs/42/attempts/1',
      commitUrl: 'https://ghe.example/acme/shop/commit/1111111111111111111111111111111111111111',
      shortSha: '1111111',
      workflow: 'Deploy',
      actor: 'hubot',
      eventName: 'push',
      codeBuildArn: 'arn:b',
      job: 'deploy',
      step: 'mark',
    });
    expect(collectFacts({}, { ...ENV, GITHUB_ACTOR: 'octocat' }).actor).toBe('octocat');
  });

  it('link no run without a run ID, and no commit without a repository', () => {
    expect(collectFacts({}, { ...ENV, GITHUB_RUN_ID: '' }).runUrl).toBe('');
    const noRepository = collectFacts({}, { ...ENV, GITHUB_REPOSITORY: '' });
    expect(noRepository.commitUrl).toBe('');
    expect(noRepository.runUrl).toBe('');
    expect(collectFacts({}, { ...ENV, GITHUB_SHA: '' }).commitUrl).toBe('');
  });

  it('take the subject from a payload that carries the deployed commit, in any case', () => {
    const sha = ENV.GITHUB_SHA;
    const push = payloadFile(
      JSON.stringify({ head_commit: { id: sha.toUpperCase(), message: '  Fix it  \n\nbody' } }),
    );
    expect(collectFacts({}, { ...ENV, GITHUB_EVENT_PATH: push }).commitSubject).toBe('Fix it');
    const other = payloadFile(
      JSON.stringify({ head_commit: { id: 'f'.repeat(40), message: 'x' } }),
    );
    expect(collectFacts({}, { ...ENV, GITHUB_EVENT_PATH: other }).commitSubject).toBe('');
    const run = payloadFile(
      JSON.stringify({ workflow_run: { head_commit: { id: sha, message: 'From CI' } } }),
    );
    expect(collectFacts({}, { ...ENV, GITHUB_EVENT_PATH: run }).commitSubject).toBe('From CI');
    expect(
      collectFacts({}, { ...ENV, GITHUB_SHA: '', GITHUB_EVENT_PATH: push }).commitSubject,
    ).toBe('');
  });

  it('take no subject from a commit without an ID, or without a message', () => {
    const noId = payloadFile(JSON.stringify({ head_commit: { message: 'Not this one' } }));
    expect(
      collectFacts({}, { ...ENV, GITHUB_SHA: '', GITHUB_EVENT_PATH: noId }).commitSubject,
    ).toBe('');
    const noMessage = payloadFile(JSON.stringify({ head_commit: { id: ENV.GITHUB_SHA } }));
    expect(collectFacts({}, { ...ENV, GITHUB_EVENT_PATH: noMessage }).commitSubject).toBe('');
  });

  it('read null fields of a payload (a deleted branch has head_commit: null) as absent', () => {
    const nulls = payloadFile(
      JSON.stringify({ head_commit: null, workflow_run: null, deployment: null, inputs: null }),
    );
    const facts = collectFacts({}, { ...ENV, GITHUB_EVENT_PATH: nulls });
    expect(facts.commitSubject).toBe('');
    expect(facts.eventEnvironment).toBe('');
    expect(facts.dispatchInputs).toEqual(new Map());
  });

  it('read a payload that is no object, or no JSON, or missing, as empty', () => {
    for (const content of ['null', '[1]', '"x"', '{']) {
      const facts = collectFacts({}, { ...ENV, GITHUB_EVENT_PATH: payloadFile(content) });
      expect(facts.eventEnvironment).toBe('');
      expect(facts.dispatchInputs).toEqual(new Map());
    }
    expect(collectFacts({}, { ...ENV, GITHUB_EVENT_PATH: path.join(dir, 'none.json') }).sha).toBe(
      ENV.GITHUB_SHA,
    );
  });

  it('take the environment and status of a deployment, and dispatch inputs as text', () => {
    const deployment = payloadFile(
      JSON.stringify({
        deployment: { environment: 'production' },
        deployment_status: { state: 'error' },
      }),
    );
    expect(collectFacts({}, { ...ENV, GITHUB_EVENT_PATH: deployment })).toMatchObject({
      eventEnvironment: 'production',
      eventStatus: 'failed',
    });
    const dispatch = payloadFile(
      JSON.stringify({ inputs: { environment: 'staging', count: 3, dry: null, obj: { a: 1 } } }),
    );
    const facts = collectFacts({}, { ...ENV, GITHUB_EVENT_PATH: dispatch });
    expect(facts.eventEnvironment).toBe('staging');
    expect(facts.eventStatus).toBe('');
    expect(facts.dispatchInputs).toEqual(
      new Map([
        ['environment', 'staging'],
        ['count', '3'],
        ['dry', ''],
        ['obj', '{"a":1}'],
      ]),
    );
  });

  it('keeps a ref that is no branch or tag ref as it is', () => {
    const deployment = { deployment: { sha: 'abc1234', ref: 'x/refs/heads/main' } };
    expect(deployedCommit(deployment, ENV)).toMatchObject({
      ref: 'x/refs/heads/main',
      refName: 'x/refs/heads/main',
    });
    expect(
      deployedCommit({ deployment: { sha: 'abc1234', ref: 'refs/tags/v1' } }, ENV).refName,
    ).toBe('v1');
  });
});

describe('the commit subject', () => {
  it('is the first line, trimmed, with hidden characters shown', () => {
    expect(commitSubjectOf('  Fix \u202eit\u0007  \r\nbody')).toBe('Fix \\u202eit\\u0007');
    expect(commitSubjectOf('a\u2028b')).toBe('a');
    expect(commitSubjectOf('')).toBe('');
  });

  it('keeps 200 characters, and cuts a longer one with a marker, without trailing space', () => {
    expect(MAX_COMMIT_SUBJECT).toBe(200);
    expect(commitSubjectOf('x'.repeat(200))).toBe('x'.repeat(200));
    expect(commitSubjectOf('x'.repeat(201))).toBe(`${'x'.repeat(199)}…`);
    expect(commitSubjectOf(`${'x'.repeat(197)}  yy`)).toBe(`${'x'.repeat(197)}…`);
  });
});

describe('tellsCallsApart', () => {
  it('a check run ID or a value set by hand tells two calls of a reusable workflow apart', () => {
    expect(tellsCallsApart('31415926535')).toBe(true);
    expect(tellsCallsApart('production')).toBe(true);
    expect(tellsCallsApart('256')).toBe(true);
  });

  it('nothing, or a matrix index (0 in every call without a matrix), does not', () => {
    expect(tellsCallsApart('')).toBe(false);
    expect(tellsCallsApart('0')).toBe(false);
    expect(tellsCallsApart('255')).toBe(false);
  });
});
