/**
 * `run()` in process against the emulator: one emulator per test file (started before its first
 * test, reset before each, closed after the last), the mocked runner's `@actions/core`, and the
 * inputs that point the action at the emulator. Tests seed what they need and assert on what the
 * emulator received and holds, never on a second implementation of Incident Manager.
 *
 * A test file mocks `@actions/core` (and, for role-to-assume, `@aws-sdk/credential-providers`)
 * with the mocked runner's objects before it imports this module:
 *
 *   vi.mock('@actions/core', async () => (await import('../mocked-runner.js')).core);
 */
import {
  CreateTimelineEventCommand,
  SSMIncidentsClient,
  UpdateIncidentRecordCommand,
  UpdateRelatedItemsCommand,
  type EventReference,
} from '@aws-sdk/client-ssm-incidents';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-vitest/extend';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import {
  startEmulator,
  type EmulatorOptions,
  type FaultRule,
  type RecordedRequest,
  type RunningEmulator,
  type StateSnapshot,
} from 'incident-manager-emulator';
import { run } from '../../src/main.js';
import { SEARCH_INPUT_NAMES, type Stage } from '../../src/read/inputs.js';
import {
  COMMIT_URL,
  MockedRunner,
  INCIDENT_A,
  INCIDENT_B,
  INCIDENT_C,
  RUN_URL,
  SHA,
  type RunResult,
  type Scenario,
} from '../mocked-runner.js';

export * from '../mocked-runner.js';

/** The account of the mocked runner's incident ARNs (INCIDENT_A, B and C). */
export const ACCOUNT = '111122223333';
export const NOW = new Date('2026-05-01T12:00:00.000Z');
/**
 * The real time when the file was loaded, in whole seconds: the clock to freeze for a run that
 * meets an error answer. The emulator's Date header is Node's own clock, which freezing Date does
 * not change, and an SDK more than five minutes away from it corrects the skew and retries.
 */
export const NEAR_NOW = new Date(Math.floor(Date.now() / 1000) * 1000);
export const HOUR = 3_600_000;
export const DEFAULT_TEXT = `Deployment succeeded: acme/shop@1a2b3c4 (main) to production by octocat, run ${RUN_URL}`;
/** Inputs whose default message is DEFAULT_TEXT. */
export const SUCCEEDED = { status: 'succeeded', environment: 'production' };
export const PIPELINE = 'arn:aws:codepipeline:us-east-1:111122223333:checkout';
/** The emulator's credentials check is off: any key pair signs. */
const FAKE_CREDENTIALS = { AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test' };

/** The `results` output, parsed. */
export const results = (r: RunResult) =>
  JSON.parse(r.outputs.results ?? 'null') as Record<string, string>[];

/** The `incident-arns` output, parsed. */
export const incidentArns = (r: RunResult) =>
  JSON.parse(r.outputs['incident-arns'] ?? 'null') as string[];

/** Freezes Date only: the SDK's, the emulator's and vitest's timers keep running. */
export function freezeClock(at: Date = NOW): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at);
}

/** One open incident of a seed, at the ARN given (account, plan and ID are taken from it). */
export function incident(
  arn: string,
  title: string,
  createdAt = '2026-05-01T09:00:00Z',
  impact = 2,
) {
  const [, plan, id] = /:incident-record\/([^/]+)\/(.+)$/.exec(arn) ?? [];
  if (!plan || !id) throw new Error(`not an incident ARN: ${arn}`);
  return {
    responsePlan: plan,
    id,
    title,
    impact,
    creationTime: createdAt,
    createdBy: `arn:aws:iam::${ACCOUNT}:role/ops`,
  };
}

/** The usual open incidents: A 'Checkout errors', B 'Payments down', C 'DB latency'. */
export const TARGETS = {
  A: incident(INCIDENT_A, 'Checkout errors'),
  B: incident(INCIDENT_B, 'Payments down'),
  C: incident(INCIDENT_C, 'DB latency'),
};

/** The commit's related item as link-commit adds it. */
export const commitItem = {
  title: 'Commit 1a2b3c4 of acme/shop',
  identifier: { type: 'OTHER' as const, value: { url: COMMIT_URL } },
};

type IncidentState = StateSnapshot['incidents'][number];

export interface ActionRun {
  readonly emulator: RunningEmulator;
  /** An SDK client on the emulator, for setting up what a test needs through the API. */
  readonly client: SSMIncidentsClient;
  /**
   * Arranges the scenario, pointed at the emulator, and runs the main step in process. The
   * request log is cleared first: what it holds afterwards is this run's. `stage` is the step
   * to run: the main step, or its job-end step (which reads what the main step saved from
   * `STATE_*` variables of `scenario.env`, as the runner gives it).
   */
  run(scenario: Scenario, stage?: Stage): Promise<RunResult>;
  /** Seeds open incidents (see `incident`) in ACCOUNT. */
  seed(...incidents: ReturnType<typeof incident>[]): Promise<void>;
  /**
   * What the emulator received for one operation in the last run, oldest first: the JSON body,
   * or the query of a GET.
   */
  sent<T = Record<string, unknown>>(operation: string): T[];
  /** Every request the emulator received in the last run, oldest first. */
  requests(): RecordedRequest[];
  fault(rule: Omit<FaultRule, 'id' | 'remaining' | 'seen'> & { count?: number }): void;
  incident(arn: string): IncidentState;
  /** The events a caller wrote on an incident (the emulator writes its own automatic ones too). */
  events(arn: string): IncidentState['timelineEvents'];
  /** Writes an event through the API, as an earlier step would have. */
  addEvent(
    arn: string,
    fields?: {
      eventTime?: Date;
      eventType?: string;
      eventData?: string;
      eventReferences?: EventReference[];
    },
  ): Promise<string>;
  /** Adds a related item through the API; answers its generatedId. */
  addRelatedItem(arn: string, item?: typeof commitItem): Promise<string>;
  /** Has Incident Manager write an automatic event (`SSM Incident Record Update`); answers its ID. */
  addAutomaticEvent(arn: string): Promise<string>;
  /** GITHUB_API_URL for the emulator's GitHub stand-in, which serves the commits added. */
  readonly githubApiUrl: string;
  /** Stores a commit of acme/shop (the deployed one by default) in the GitHub stand-in. */
  addCommit(message: string, sha?: string): void;
}

const USER_EVENT_TYPES = new Set(['Custom Event', 'Note']);

/** `options`: a key pair makes the emulator verify signatures, and refuse any other key. */
export function useEmulatorRun(
  options: Pick<EmulatorOptions, 'accessKeyId' | 'secretAccessKey'> = {},
): ActionRun {
  let emulator: RunningEmulator | undefined;
  let client: SSMIncidentsClient | undefined;
  const started = () => {
    if (!emulator) throw new Error('the emulator is not started yet');
    return emulator;
  };
  const runner = new MockedRunner(() =>
    started()
      .requests.list()
      .map((r) => r.operation),
  );
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, quiet: true, accountId: ACCOUNT, ...options });
    client = new SSMIncidentsClient({
      endpoint: emulator.url,
      region: 'us-east-1',
      credentials: {
        accessKeyId: options.accessKeyId ?? 'setup',
        secretAccessKey: options.secretAccessKey ?? 'setup',
      },
      maxAttempts: 1,
    });
  });
  afterAll(async () => {
    client?.destroy();
    await emulator?.close();
  });
  beforeEach(() => started().reset());
  runner.install();

  const self: ActionRun = {
    get emulator() {
      return started();
    },
    get client() {
      if (!client) throw new Error('the emulator is not started yet');
      return client;
    },
    async run(scenario, stage = 'main') {
      // A scenario that names no target and no filter searches every open incident, as its
      // workflow would say: `response-plan: '*'` (a search needs a filter). Giving
      // `response-plan: ''` leaves the filters out on purpose.
      const targets = ['incident-arn', ...SEARCH_INPUT_NAMES.values()];
      const untargeted = !targets.some((name) => name in scenario.inputs);
      runner.arrange({
        ...scenario,
        inputs: {
          'endpoint-url': started().url,
          // A scenario about where the region comes from sets the environment's.
          ...(scenario.env && 'AWS_REGION' in scenario.env ? {} : { 'aws-region': 'us-east-1' }),
          ...(untargeted ? { 'response-plan': '*' } : {}),
          ...scenario.inputs,
        },
        env: { ...FAKE_CREDENTIALS, ...scenario.env },
      });
      started().requests.clear();
      await run(stage);
      return runner.result();
    },
    async seed(...incidents) {
      await started().seed({ accountId: ACCOUNT, incidents });
    },
    sent<T>(operation: string) {
      return started()
        .requests.list(operation)
        .map((r) => ({ ...r.query, ...(r.body as object | null) }) as T);
    },
    requests: () => started().requests.list(),
    fault(rule) {
      const added = started().faults.add(rule);
      if (typeof added === 'string') throw new Error(added);
    },
    incident(arn) {
      const found = started()
        .state()
        .incidents.find((i) => i.arn === arn);
      if (!found) throw new Error(`no incident ${arn} in the emulator`);
      return found;
    },
    events: (arn) =>
      self.incident(arn).timelineEvents.filter((e) => USER_EVENT_TYPES.has(e.eventType)),
    async addEvent(arn, fields = {}) {
      const answer = await self.client.send(
        new CreateTimelineEventCommand({
          incidentRecordArn: arn,
          eventTime: new Date('2026-05-01T11:00:00Z'),
          eventType: 'Custom Event',
          eventData: '"Deployment started"',
          ...fields,
        }),
      );
      return answer.eventId!;
    },
    async addRelatedItem(arn, item = commitItem) {
      await self.client.send(
        new UpdateRelatedItemsCommand({
          incidentRecordArn: arn,
          relatedItemsUpdate: { itemToAdd: item },
        }),
      );
      const added = self
        .incident(arn)
        .relatedItems.find(
          (i) =>
            i.identifier.type === item.identifier.type &&
            i.identifier.value.url === item.identifier.value.url,
        );
      return added!.generatedId!;
    },
    async addAutomaticEvent(arn) {
      const before = new Set(self.incident(arn).timelineEvents.map((e) => e.eventId));
      await self.client.send(new UpdateIncidentRecordCommand({ arn, title: 'Renamed' }));
      const automatic = self.incident(arn).timelineEvents.find((e) => !before.has(e.eventId));
      return automatic!.eventId;
    },
    get githubApiUrl() {
      return `${started().url}/_github`;
    },
    addCommit(message, sha = SHA) {
      started().setGitHubCommits({ repository: 'acme/shop', commits: [{ sha, message }] });
    },
  };
  return self;
}

const mockIncidentManager = () => mockClient(SSMIncidentsClient);
type IncidentManagerStub = ReturnType<typeof mockIncidentManager>;

/** The operations a mocked client was sent, in order (`CreateTimelineEvent`). */
export const mockedOperations = (stub: IncidentManagerStub) =>
  stub.calls().map((call) => (call.args[0] as object).constructor.name.replace(/Command$/, ''));

/**
 * Answers the emulator cannot give (a malformed ARN, a hostile event ID, an automatic event with
 * the text of ours): aws-sdk-client-mock for the tests of one describe block, restored after each.
 * Only for the exact shape of an answer; behaviour is the emulator's.
 */
export function useMockedAnswers(): { readonly ssm: IncidentManagerStub } {
  let stub: IncidentManagerStub | undefined;
  beforeEach(() => {
    stub = mockIncidentManager();
  });
  afterEach(() => stub?.restore());
  return {
    get ssm() {
      if (!stub) throw new Error('no mock outside a test');
      return stub;
    },
  };
}

/** What the runner gives the job-end step of `main`: each saved state as a `STATE_<name>` variable. */
export const savedStateEnv = (main: Pick<RunResult, 'state'>): Record<string, string> =>
  Object.fromEntries(Object.entries(main.state).map(([name, value]) => [`STATE_${name}`, value]));
