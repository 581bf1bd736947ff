/**
 * What a responder and a deployer see, end to end on node24: the commit's subject in the
 * event (from the payload, or from GitHub's API through the emulator's stand-in, or left out when
 * GitHub does not answer), and the URLs of `references` linked once as related items.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SHA,
  allUserEvents,
  commands,
  incidentArn,
  incidentIn,
  runnerEnv,
  useBundle,
  userEvents,
  type ActionRun,
} from './helpers.js';

const ARN = incidentArn('checkout-api', 'open');
const SEED = {
  incidents: [{ responsePlan: 'checkout-api', id: 'open', title: 'Checkout errors', impact: 2 }],
};
const TOKEN = 'ghs_e2eTokenOfTheJob';

describe('what people see on node24', () => {
  const { emulator, run, events } = useBundle();
  let silent: Server;
  let silentUrl = '';
  beforeAll(async () => {
    // A GitHub API that accepts connections and never answers.
    silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    silent.closeAllConnections();
    await new Promise((resolve) => silent.close(resolve));
  });
  const log = (run: { stdout: string; stderr: string }) => `${run.stdout}\n${run.stderr}`;

  const step = (options: {
    inputs?: Record<string, string>;
    env?: Record<string, string>;
    event?: unknown;
  }): Promise<ActionRun> =>
    run({
      inputs: {
        'incident-arn': ARN,
        'link-commit': 'false',
        'github-token': TOKEN,
        ...options.inputs,
      },
      env: runnerEnv({ GITHUB_API_URL: `${emulator.current.url}/_github`, ...options.env }),
      event: options.event ?? {},
    });

  const text = async () => {
    const [event] = await events(ARN);
    return JSON.parse(event!.eventData) as string;
  };

  describe('the commit subject', () => {
    it('a push: from head_commit, with no call to GitHub', async () => {
      await emulator.current.seed(SEED);
      const run = await step({
        event: { head_commit: { id: SHA, message: 'Fix checkout retry storm (#482)\n\nBody' } },
      });
      expect(run.code, log(run)).toBe(0);
      expect(await text()).toMatch(
        /^Deployment: acme\/shop@1a2b3c4 "Fix checkout retry storm \(#482\)" \(main\)/,
      );
      expect(await emulator.current.requests('github:GetCommit')).toEqual([]);
    });

    it('workflow_run: from workflow_run.head_commit', async () => {
      await emulator.current.seed(SEED);
      const head = 'c0ffee0000000000000000000000000000000001';
      const run = await step({
        env: { GITHUB_EVENT_NAME: 'workflow_run' },
        event: {
          workflow_run: {
            head_sha: head,
            head_branch: 'main',
            head_commit: { id: head, message: 'Bump cache TTL' },
          },
        },
      });
      expect(run.code, log(run)).toBe(0);
      expect(await text()).toContain('acme/shop@c0ffee0 "Bump cache TTL" (main)');
    });

    it('a dispatch: read from GitHub with github-token, which never reaches the log', async () => {
      await emulator.current.seed(SEED);
      await emulator.current.setGitHubCommits({
        repository: 'acme/shop',
        commits: [{ sha: SHA, message: 'Roll out the new pricing page\n\nDetails.' }],
      });
      const run = await step({
        env: { GITHUB_EVENT_NAME: 'workflow_dispatch' },
        event: { inputs: {} },
        inputs: { 'event-data': '{short_sha}: {commit_subject}' },
      });
      expect(run.code, log(run)).toBe(0);
      expect(await text()).toBe('1a2b3c4: Roll out the new pricing page');
      const reads = await emulator.current.requests('github:GetCommit');
      expect(reads).toHaveLength(1);
      expect(run.stdout.split('\n').filter((l) => l.includes(TOKEN))).toEqual([
        `::add-mask::${TOKEN}`,
      ]);
      expect(run.summary).toContain('Roll out the new pricing page');
    });

    it('GitHub does not know the commit: the event is posted without it, and a debug line says why', async () => {
      await emulator.current.seed(SEED);
      const run = await step({ env: { GITHUB_EVENT_NAME: 'workflow_dispatch' } });
      expect(run.code, log(run)).toBe(0);
      expect(await text()).toMatch(/^Deployment: acme\/shop@1a2b3c4 \(main\)/);
      expect(commands(run.stdout, 'debug').join('\n')).toMatch(
        /\{commit_subject\} is empty: GitHub did not give the commit's subject \(404: /,
      );
      expect(commands(run.stdout, 'warning')).toEqual([]);
    });

    it('a GitHub API that never answers does not hold the step', async () => {
      await emulator.current.seed(SEED);
      const started = Date.now();
      const run = await step({
        env: { GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_API_URL: silentUrl },
      });
      expect(run.code, log(run)).toBe(0);
      expect(Date.now() - started).toBeLessThan(8_000);
      expect(allUserEvents(await emulator.current.state())).toHaveLength(1);
    });
  });

  it('URL references are added once as related items, across two runs, and referenced', async () => {
    await emulator.current.seed(SEED);
    const references = [
      '[Checkout dashboard](https://grafana.example/d/checkout?var=a,b)',
      'https://runbooks.example/checkout',
    ].join('\n');
    const first = await step({ inputs: { references, 'link-commit': 'true' } });
    expect(first.code, log(first)).toBe(0);
    // A new attempt of the workflow: a new event, the same related items.
    const second = await step({
      inputs: { references, 'link-commit': 'true' },
      env: { GITHUB_RUN_ATTEMPT: '2' },
    });
    expect(second.code, log(second)).toBe(0);

    const incident = incidentIn(await emulator.current.state(), ARN);
    const urls = incident.relatedItems.map((item) => item.identifier.value.url).sort();
    expect(urls).toEqual([
      `https://github.com/acme/shop/commit/${SHA}`,
      'https://grafana.example/d/checkout?var=a,b',
      'https://runbooks.example/checkout',
    ]);
    expect(
      incident.relatedItems.find((i) => i.identifier.value.url?.includes('grafana'))?.title,
    ).toBe('Checkout dashboard');
    const ids = incident.relatedItems.map((item) => item.generatedId).sort();
    const events = userEvents(incident);
    expect(events).toHaveLength(2);
    for (const event of events) {
      expect((event.eventReferences ?? []).map((r) => r.relatedItemId).sort()).toEqual(ids);
    }
    expect(await emulator.current.requests('UpdateRelatedItems')).toHaveLength(3);
  });

  it('more than 10 references in all is refused before any write', async () => {
    await emulator.current.seed(SEED);
    const references = Array.from({ length: 10 }, (_, i) => `https://x.example/${i}`).join('\n');
    const run = await step({ inputs: { references, 'link-commit': 'true' } });
    expect(run.code).toBe(1);
    expect(commands(run.stdout, 'error').join('\n')).toMatch(
      /^Input 'references': the event would have 11 references \(references: 10, link-commit: 1\)/,
    );
    expect(await emulator.current.requests()).toEqual([]);
  });
});
