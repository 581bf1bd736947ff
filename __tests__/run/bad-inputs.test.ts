/** A bad input fails the step, naming the input, before any call to AWS or for credentials. */
import { describe, expect, it, vi } from 'vitest';

vi.mock('@actions/core', async () => (await import('../mocked-runner.js')).core);

import { core, providers } from '../mocked-runner.js';
import { INCIDENT_A, INCIDENT_B, useEmulatorRun, type Scenario } from './helpers.js';

// Hoisted above the imports, as every vi.mock.
vi.mock(
  '@aws-sdk/credential-providers',
  async () => (await import('../mocked-runner.js')).providers,
);

const action = useEmulatorRun();

const PLAN_ARN = 'arn:aws:ssm-incidents::111122223333:response-plan/shop-outage';
const arns = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `arn:aws:codepipeline:us-east-1:111122223333:pipeline-${i}`,
  ).join('\n');
const OIDC_ENV = {
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/request',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token',
};

interface BadInput extends Partial<Scenario> {
  /** What is wrong, for the test name. */
  case: string;
  /** The input the message must name. */
  input: string;
  /** What the message must say is accepted (or how far off the value is). */
  says: RegExp;
}

/** A case of one bad value of one input. */
const one = (what: string, input: string, value: string, says: RegExp): BadInput => ({
  case: what,
  inputs: { [input]: value },
  input,
  says,
});

const CASES: BadInput[] = [
  // incident-arn
  one(
    'not an ARN',
    'incident-arn',
    'shop-outage/123',
    /use an incident record ARN such as arn:aws:ssm-incidents::/,
  ),
  {
    case: 'a response plan ARN',
    inputs: { 'incident-arn': PLAN_ARN },
    input: 'incident-arn',
    says: /response plan ARN, not an incident record ARN/,
  },
  {
    case: 'region filled in',
    inputs: {
      'incident-arn':
        'arn:aws:ssm-incidents:us-east-1:111122223333:incident-record/shop-outage/abc',
    },
    input: 'incident-arn',
    says: /empty region field \(ssm-incidents::<account>\)/,
  },
  one(
    'another service',
    'incident-arn',
    'arn:aws:sns:us-east-1:111122223333:pager',
    /service 'sns', not ssm-incidents/,
  ),
  one(
    'short account',
    'incident-arn',
    'arn:aws:ssm-incidents::1234:incident-record/p/abc',
    /not an incident record ARN.*incident-record\/<response-plan>\/<id>/,
  ),
  {
    case: 'second of a list bad',
    inputs: {
      'incident-arn': `${INCIDENT_A}\narn:aws:ssm-incidents::111122223333:incident-record/p`,
    },
    input: 'incident-arn',
    says: /incident-record\/<response-plan>\/<id>/,
  },
  // search filters
  one(
    'response plan with spaces',
    'response-plan',
    'shop outage',
    /response plan name \(letters, digits, - and _\), a response plan ARN/,
  ),
  {
    case: 'incident ARN as response plan',
    inputs: { 'response-plan': INCIDENT_A },
    input: 'response-plan',
    says: /response plan name .* a response plan ARN/,
  },
  one(
    'title regex with flag g',
    'title-filter',
    '/checkout/g',
    /use i \(ignore case\), m \(multi-line\), s \(dot matches newlines\), u or v/,
  ),
  one(
    'invalid title regex',
    'title-filter',
    '/check(out/i',
    /is not accepted: .*missing closing \).*RE2 syntax/,
  ),
  one(
    'title regex with a backreference (no linear-time engine can run it)',
    'title-filter',
    '/(db)-\\1/',
    /invalid escape sequence.*no backreferences or lookaround/,
  ),
  one('impact 0', 'impact', '0', /whole number from 1 to 5/),
  one('impact 6', 'impact', '6', /whole number from 1 to 5/),
  one('impact abc', 'impact', 'abc', /whole number from 1 to 5/),
  one('duration without unit', 'created-within', '30', /unit s, m, h, d or w, e\.g\. 90m/),
  one('duration in words', 'created-within', 'one day', /unit s, m, h, d or w/),
  one('zero duration', 'created-within', '0m', /longer than zero/),
  one('duration beyond any date', 'created-within', '999999999999w', /too long; at most 3650d/),
  one('duration of eleven years', 'created-within', '4015d', /too long; at most 3650d/),
  // choices and numbers
  one('unknown select', 'select', 'newest', /use one of: all, latest, oldest, single/),
  one('max-incidents 0', 'max-incidents', '0', /whole number from 1 to 100/),
  one('max-incidents 101', 'max-incidents', '101', /whole number from 1 to 100/),
  one('unknown if-no-incident', 'if-no-incident', 'ignore', /use one of: skip, warn, fail/),
  one('unknown event-type', 'event-type', 'Deployment', /use one of: Custom Event, Note/),
  one('unknown encoding', 'event-data-encoding', 'base64', /use one of: json-string, raw/),
  one('max-attempts 0', 'max-attempts', '0', /whole number from 1 to 20/),
  one('max-attempts 21', 'max-attempts', '21', /whole number from 1 to 20/),
  one('max-attempts in words', 'max-attempts', 'five', /whole number from 1 to 20/),
  // times
  one(
    'loose date',
    'event-time',
    'March 7',
    /ISO 8601 with a zone .* or epoch seconds \(10 digits\) or milliseconds \(13 digits\)/,
  ),
  one(
    'a date without dashes, which is not epoch seconds in 1970',
    'event-time',
    '20260501',
    /neither epoch seconds nor milliseconds.*write 2026-05-01T00:00:00Z/,
  ),
  one('no zone', 'event-time', '2026-05-01T12:00:00', /ISO 8601 with a zone/),
  one('impossible date', 'event-time', '2026-02-30T12:00:00Z', /ISO 8601 with a zone/),
  // booleans
  one('dry-run yes', 'dry-run', 'yes', /not a boolean; use true or false/),
  one('link-commit on', 'link-commit', 'on', /not a boolean; use true or false/),
  one('fail-on-error 1', 'fail-on-error', '1', /not a boolean; use true or false/),
  // references
  {
    case: 'reference with both members',
    inputs: {
      references: JSON.stringify([
        {
          resource: INCIDENT_A,
          relatedItemId: 'related-item/OTHER/0123456789ABCDEF0123456789ABCDEF',
        },
      ]),
    },
    input: 'references',
    says: /exactly one of 'resource' \(an ARN\) or 'relatedItemId', not both/,
  },
  one(
    'reference with neither member',
    'references',
    '[{}]',
    /exactly one of 'resource' \(an ARN\) or 'relatedItemId', not neither/,
  ),
  one(
    'reference neither ARN nor ID',
    'references',
    'runbook.md',
    /each reference is an ARN .*, a related item ID .*, or an https:\/\/ URL, optionally titled as \[Title\]\(https:\/\/…\)/,
  ),
  one(
    'broken JSON references',
    'references',
    '["arn:aws:s3:::b",',
    /looks like a JSON array but does not parse/,
  ),
  {
    case: '11 references',
    inputs: { references: arns(11), 'link-commit': 'false' },
    input: 'references',
    says: /would have 11 references .*at most 10/,
  },
  {
    case: '10 references and link-commit',
    inputs: { references: arns(10) },
    input: 'references',
    says: /would have 11 references \(references: 10, link-commit: 1\); the service accepts at most 10/,
  },
  {
    case: '9 references, pipeline, CodeBuild and a Note',
    inputs: {
      'incident-arn': INCIDENT_A,
      references: arns(9),
      'pipeline-arn': 'arn:aws:codepipeline:us-east-1:111122223333:shop',
      'event-type': 'Note',
      'link-commit': 'false',
    },
    env: { CODEBUILD_BUILD_ARN: 'arn:aws:codebuild:us-east-1:111122223333:build/shop:1' },
    input: 'references',
    says: /would have 12 references .*pipeline-arn: 1, CODEBUILD_BUILD_ARN: 1, the incident itself for a Note: 1.*at most 10/,
  },
  one('pipeline-arn not an ARN', 'pipeline-arn', 'shop-release', /use an ARN such as/),
  // event-id
  {
    case: 'event-id with two incident ARNs',
    inputs: { 'incident-arn': `${INCIDENT_A},${INCIDENT_B}`, 'event-id': 'evt-1' },
    input: 'event-id',
    says: /one event of one incident, but incident-arn names 2 incidents/,
  },
  {
    case: 'event-id with spaces',
    inputs: { 'incident-arn': INCIDENT_A, 'event-id': 'evt 1' },
    input: 'event-id',
    says: /letters, digits and -, at most 50/,
  },
  // event text
  {
    case: 'oversize text',
    inputs: { 'event-data': 'x'.repeat(11_999) },
    input: 'event-data',
    says: /the event text \(event-data\) is 12,001 characters after json-string encoding, 1 over the service's limit of 12,000/,
  },
  {
    case: 'oversize only after encoding',
    inputs: { 'event-data': 'a\n'.repeat(4_001) },
    input: 'event-data',
    says: /12,003 characters after json-string encoding, 3 over/,
  },
  {
    case: 'oversize dispatch message',
    inputs: { 'event-data-encoding': 'raw' },
    env: { GITHUB_EVENT_NAME: 'workflow_dispatch' },
    payload: { inputs: { message: 'm'.repeat(12_500) } },
    input: 'event-data',
    says: /12,500 characters, 500 over the service's limit of 12,000/,
  },
  one(
    'unknown placeholder',
    'event-data',
    'Deployed {sah}',
    /unknown placeholder \{sah\}; known: \{sha\} \{short_sha\}/,
  ),
  one(
    'unknown dispatch input',
    'event-data',
    'v{inputs.version}',
    /unknown placeholder \{inputs\.version\}: this run has no workflow_dispatch inputs/,
  ),
  one('unclosed brace', 'event-data', 'deploy {sha', /write \{\{ and \}\} for literal braces/),
  // AWS settings
  one('bad region', 'aws-region', 'mars-north', /not a region name; use one such as us-east-1/),
  {
    case: 'bad region from the environment',
    inputs: {},
    env: { AWS_REGION: 'global' },
    input: 'aws-region',
    says: /'global' \(from the environment\) is not a region name/,
  },
  {
    case: 'no region at all',
    inputs: {},
    env: { AWS_REGION: undefined },
    input: 'aws-region',
    says: /set the aws-region input, or AWS_REGION/,
  },
  one(
    'endpoint not a URL',
    'endpoint-url',
    'localhost 4566',
    /is not a URL; use e\.g\. https:\/\//,
  ),
  one('endpoint not http', 'endpoint-url', 'ftp://localhost:4566', /must use http or https/),
  one(
    'role is a user',
    'role-to-assume',
    'arn:aws:iam::111122223333:user/deployer',
    /use an IAM role ARN such as arn:aws:iam::/,
  ),
  one('role is a name', 'role-to-assume', 'deploy-markers', /use an IAM role ARN/),
  one(
    'session name too short',
    'role-session-name',
    'x',
    /2 to 64 letters, digits or \+=,\.@_- characters/,
  ),
  one(
    'a property every object has, as a placeholder',
    'event-data',
    'Deployed {constructor}',
    /unknown placeholder \{constructor\}/,
  ),
  {
    case: 'a property every object has, as a dispatch input',
    inputs: { 'event-data': 'Deployed {inputs.toString}' },
    payload: { inputs: { version: '1.2.3' } },
    env: { GITHUB_EVENT_NAME: 'workflow_dispatch' },
    input: 'event-data',
    says: /unknown placeholder \{inputs\.toString\}: the workflow_dispatch inputs are version/,
  },
  {
    case: 'empty text, JSON-encoded',
    inputs: { 'event-data': '{inputs.reason}' },
    payload: { inputs: { reason: '' } },
    env: { GITHUB_EVENT_NAME: 'workflow_dispatch' },
    input: 'event-data',
    says: /the event text \(event-data\) is empty/,
  },
  {
    case: 'oversize status',
    inputs: { status: 's'.repeat(101) },
    input: 'status',
    says: /is 101 characters; at most 100 are accepted/,
  },
  {
    case: 'oversize environment',
    inputs: { environment: 'e'.repeat(256) },
    input: 'environment',
    says: /is 256 characters; at most 255 are accepted/,
  },
  {
    case: 'with event-id',
    inputs: {
      'incident-arn': INCIDENT_A,
      'event-id': 'c0ffee00-1111-2222-3333-444455556666',
      'finish-on-job-end': 'true',
    },
    input: 'finish-on-job-end',
    says: /cannot be combined with event-id/,
  },
  {
    case: 'with dry-run',
    inputs: { 'incident-arn': INCIDENT_A, 'dry-run': 'true', 'finish-on-job-end': 'true' },
    input: 'finish-on-job-end',
    says: /a dry run creates none/,
  },
  one(
    'title-filter without its closing slash',
    'title-filter',
    '/checkout',
    /\/checkout\/i.*\(checkout\)/,
  ),
  one(
    'event-data JSON with single braces',
    'event-data',
    '{"version":"{short_sha}"}',
    /JSON.*\{\{ and \}\}/,
  ),
  one('finish-on-job-end yes', 'finish-on-job-end', 'yes', /not a boolean; use true or false/),
  {
    case: 'client-token of 129',
    inputs: { 'client-token': 't'.repeat(129) },
    input: 'client-token',
    says: /is 129 characters; at most 128 are accepted/,
  },
];

describe('a bad input fails the step, naming it, before any AWS call', () => {
  it('has at least 30 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES.map((c) => [`${c.input}: ${c.case}`, c] as const))('%s', async (_name, bad) => {
    const r = await action.run({
      inputs: bad.inputs ?? {},
      // With OIDC available, a credential call would show up as a getIDToken call.
      env: { ...OIDC_ENV, ...bad.env },
      ...(bad.payload ? { payload: bad.payload } : {}),
    });

    expect(r.failure).toBeDefined();
    expect(r.failure).toContain(`Input '${bad.input}'`);
    expect(r.failure).toMatch(bad.says);
    expect(r.commands).toEqual([]);
    expect(core.getIDToken).not.toHaveBeenCalled();
    expect(providers.fromWebToken).not.toHaveBeenCalled();
    expect(providers.fromTemporaryCredentials).not.toHaveBeenCalled();
    expect(r.outputs.outcome).toBe('failed');
    expect(r.outputs['event-ids']).toBe('[]');
  });

  it('softens a bad input to a warning when fail-on-error is false', async () => {
    const r = await action.run({ inputs: { impact: '9', 'fail-on-error': 'false' } });
    expect(r.failure).toBeUndefined();
    expect(r.warnings.join('\n')).toMatch(
      /Input 'impact'.*whole number from 1 to 5.*fail-on-error is false/,
    );
    expect(r.outputs.outcome).toBe('failed');
    expect(r.commands).toEqual([]);
  });

  it('reports every bad input of the step in one failure', async () => {
    const r = await action.run({
      inputs: {
        'response-plan': 'shop-outage',
        select: 'every',
        impact: '9',
        'event-time': 'yesterday',
        'event-data': '{"version":"{short_sha}"}',
        'aws-region': 'moon-1',
      },
      env: OIDC_ENV,
    });
    const failure = r.failure ?? '';
    for (const [input, accepted] of [
      ['select', /all, latest, oldest/],
      ['impact', /1 to 5/],
      ['event-time', /ISO 8601/],
      ['event-data', /\{\{ and \}\}/],
      ['aws-region', /us-east-1/],
    ] as const) {
      const line = failure.split('\n').find((l) => l.includes(`Input '${input}'`));
      expect(line, input).toMatch(accepted);
    }
    expect(failure).toMatch(/^5 inputs/);
    expect(r.commands).toEqual([]);
    expect(core.getIDToken).not.toHaveBeenCalled();
  });

  it('does not add a missing-filter error for a filter that was refused', async () => {
    const r = await action.run({ inputs: { 'response-plan': '', impact: '9' } });
    expect(r.failure).toContain("Input 'impact'");
    expect(r.failure).not.toMatch(/no search filter/);
  });

  it('checks inputs before assuming a role', async () => {
    const r = await action.run({
      inputs: {
        'role-to-assume': 'arn:aws:iam::111122223333:role/deploy-markers',
        select: 'every',
      },
      env: OIDC_ENV,
    });
    expect(r.failure).toContain("Input 'select'");
    expect(core.getIDToken).not.toHaveBeenCalled();
    expect(providers.fromWebToken).not.toHaveBeenCalled();
    expect(r.commands).toEqual([]);
  });
});
