/**
 * Units of one event per reported deployment (`deployment_status`): the deployment's facts from
 * the payload (facts), the mode the inputs decide (inputs), the token of the deployment's event
 * (token), and how a text tells that it shows a final state (finality). What a run writes is
 * e2e/deployment-status.test.ts's and run/deployment-status.test.ts's.
 */
import { describe, expect, it } from 'vitest';
import { deploymentOf } from '../src/read/facts.js';
import { getInputs } from '../src/read/inputs.js';
import { finalityMatcher } from '../src/text/finality.js';
import { templatePattern } from '../src/parse/template.js';
import { deploymentClientToken } from '../src/write/token.js';

const URL_42 = 'https://api.github.com/repos/acme/shop/deployments/42';

/** A deployment_status payload, with `deployment` and `status` fields over the usual ones. */
function payload(deployment: Record<string, unknown> = {}, status: Record<string, unknown> = {}) {
  return {
    deployment: {
      id: 42,
      url: URL_42,
      environment: 'production',
      created_at: '2026-05-01T12:00:00Z',
      ...deployment,
    },
    deployment_status: { state: 'success', created_at: '2026-05-01T12:04:12Z', ...status },
  };
}

describe('the deployment of a deployment_status event', () => {
  it('reads its ID, URL, environment, state and both times', () => {
    expect(deploymentOf(payload(), 'deployment_status')).toEqual({
      id: '42',
      url: URL_42,
      environment: 'production',
      state: 'success',
      final: true,
      createdAt: new Date('2026-05-01T12:00:00Z'),
      stateAt: new Date('2026-05-01T12:04:12Z'),
    });
  });

  it.each([
    ['success', true],
    ['failure', true],
    ['error', true],
    ['queued', false],
    ['pending', false],
    ['in_progress', false],
    ['inactive', false],
    ['', false],
  ])('takes %j as final: %s', (state, final) => {
    expect(deploymentOf(payload({}, { state }), 'deployment_status')?.final).toBe(final);
  });

  it('leaves out a time that is missing or not a timestamp, and keeps the rest', () => {
    const read = deploymentOf(
      payload({ created_at: 'yesterday' }, { created_at: undefined }),
      'deployment_status',
    );
    expect(read).toMatchObject({ id: '42', url: URL_42, final: true });
    expect(read).not.toHaveProperty('createdAt');
    expect(read).not.toHaveProperty('stateAt');
  });

  it.each([
    ['another event', payload(), 'deployment'],
    ['no ID', payload({ id: undefined }), 'deployment_status'],
    ['an ID that is not a number', payload({ id: '42; drop' }), 'deployment_status'],
    ['no URL', payload({ url: '' }), 'deployment_status'],
    ['a URL that is not https', payload({ url: 'javascript:alert(1)' }), 'deployment_status'],
  ])('is none for %s', (_, given, eventName) => {
    expect(deploymentOf(given, eventName)).toBeUndefined();
  });
});

describe('the mode on a deployment_status event', () => {
  const ARN = 'arn:aws:ssm-incidents::111122223333:incident-record/p/1';
  const ENV = { AWS_REGION: 'us-east-1', GITHUB_EVENT_NAME: 'deployment_status' };
  const inputs = (given: Record<string, string> = {}, env: Record<string, string> = ENV) =>
    getInputs((name) => ({ 'incident-arn': ARN, ...given })[name] ?? '', env);

  it("is the deployment's one event, with the event type and time given", async () => {
    expect((await inputs()).write).toEqual({ kind: 'deployment', eventType: 'Custom Event' });
    expect((await inputs({ 'event-type': 'Note', 'event-time': '1777636800' })).write).toEqual({
      kind: 'deployment',
      eventType: 'Note',
      eventTime: new Date(1777636800 * 1000),
    });
    expect((await inputs({ 'dry-run': 'true' })).write).toEqual({
      kind: 'dry-run',
      of: { kind: 'deployment', eventType: 'Custom Event' },
    });
  });

  it('is an update with event-id, and a create on other events', async () => {
    expect((await inputs({ 'event-id': 'evt-1' })).write.kind).toBe('update');
    expect((await inputs({}, { AWS_REGION: 'us-east-1' })).write.kind).toBe('create');
  });

  it("with finish-on-job-end is the step's own event, which the job end finishes", async () => {
    expect((await inputs({ 'finish-on-job-end': 'true' })).write).toMatchObject({
      kind: 'create',
      finishOnJobEnd: true,
    });
  });
});

describe("the deployment event's token", () => {
  const token = deploymentClientToken;
  it('is the same for every run of the deployment, and its own per repository, deployment and incident', () => {
    const one = token('acme/shop', '42', 'arn:a');
    expect(token('acme/shop', '42', 'arn:a')).toBe(one);
    expect(
      new Set([
        one,
        token('acme/cart', '42', 'arn:a'),
        token('acme/shop', '43', 'arn:a'),
        token('acme/shop', '42', 'arn:b'),
      ]).size,
    ).toBe(4);
    expect(one.length).toBeLessThanOrEqual(128);
  });
});

describe('a template as a pattern', () => {
  it('matches the literal text exactly and each placeholder as its pattern says', () => {
    const pattern = new RegExp(
      `^${templatePattern('a.b {{x}} {status} ({ sha })', (name) => (name === 'status' ? 'ok' : '\\w+'))}$`,
    );
    expect(pattern.test('a.b {x} ok (1a2b)')).toBe(true);
    expect(pattern.test('aXb {x} ok (1a2b)')).toBe(false);
    expect(pattern.test('a.b {x} ko (1a2b)')).toBe(false);
  });
});

describe('whether an event shows a final state', () => {
  const json = (text: string) => JSON.stringify(text);

  it('reads the default message by its headline, in either encoding', async () => {
    const byDefault = await finalityMatcher({ eventDataTemplate: '', encoding: 'json-string' });
    expect(byDefault.canTell).toBe(true);
    const run = ', run https://github.com/acme/shop/actions/runs/7/attempts/1';
    expect(
      byDefault.showsFinal(json(`Deployment succeeded: acme/shop@1a2b3c4 in 4m12s${run}`)),
    ).toBe(true);
    expect(byDefault.showsFinal(json(`Deployment failed: acme/shop@1a2b3c4${run}`))).toBe(true);
    expect(byDefault.showsFinal(json(`Deployment started: acme/shop@1a2b3c4${run}`))).toBe(false);
    expect(byDefault.showsFinal(json('Deployment queued: acme/shop'))).toBe(false);
    // Not the run's encoding: not this action's text.
    expect(byDefault.showsFinal('Deployment succeeded: acme/shop')).toBe(false);
    const raw = await finalityMatcher({ eventDataTemplate: '', encoding: 'raw' });
    expect(raw.showsFinal('Deployment failed: acme/shop')).toBe(true);
    expect(raw.showsFinal(json('Deployment failed: acme/shop'))).toBe(false);
  });

  it('reads event-data with {status} a final word and any text for the other placeholders', async () => {
    const given = await finalityMatcher({
      eventDataTemplate: '{{"state":"{status}","env":"{environment}","took":"{duration}"}}',
      encoding: 'raw',
    });
    expect(given.canTell).toBe(true);
    expect(given.showsFinal('{"state":"succeeded","env":"prod","took":"4m12s"}')).toBe(true);
    expect(given.showsFinal('{"state":"failed","env":"","took":"0s"}')).toBe(true);
    expect(given.showsFinal('{"state":"started","env":"prod","took":"3s"}')).toBe(false);
    // Another template's text, even with a final word in it.
    expect(given.showsFinal('{"status":"succeeded"}')).toBe(false);
  });

  it('answers for a long text that does not match, whatever the number of placeholders', async () => {
    const many = await finalityMatcher({
      eventDataTemplate: '{sha} {ref} {actor} {workflow} {job} {environment} {status}!',
      encoding: 'raw',
    });
    // A backtracking engine tries the spaces' every split among the placeholders.
    expect(many.showsFinal(`${' '.repeat(11_990)}succeeded?`)).toBe(false);
    expect(many.showsFinal(`${' '.repeat(11_990)}succeeded!`)).toBe(true);
  });

  it('cannot tell from a template without {status}', async () => {
    const blind = await finalityMatcher({ eventDataTemplate: 'Deploy of {sha}', encoding: 'raw' });
    expect(blind.canTell).toBe(false);
    expect(blind.showsFinal('Deploy of 1a2b3c4')).toBe(false);
  });
});
