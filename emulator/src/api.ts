import { randomUUID } from 'node:crypto';
import {
  accessDenied,
  ApiError,
  internalError,
  notFound,
  serializationError,
  serviceUnavailable,
  throttling,
  unknownOperation,
  validationError,
} from './errors.js';
import { sendJson } from './http.js';
import { principalArn, responsePlanArn } from './ids.js';
import { runOperation } from './operations/index.js';
import { replicationRegions } from './operations/replication-sets.js';
import type { Paginator } from './pagination.js';
import type { ServiceAdapter } from './pipeline.js';
import type { Settings } from './settings.js';
import { buildInput, findRoute, type Route } from './routing.js';
import { authenticate, type AuthSettings } from './sigv4.js';
import type { Store } from './store.js';
import { isPlainObject } from './validation.js';

export interface ApiContext {
  store: Store;
  paginator: Paginator;
  auth: AuthSettings;
  settings: Settings;
  /** Resolves once the state a write produced is on disk (no-op without --state). */
  persist(): Promise<void>;
}

interface ParsedCall extends Route {
  body: Parsed;
}

interface AdmittedCall {
  route: Route;
  principal: string;
  input: Record<string, unknown>;
}

/**
 * Incident Manager's protocol (restJson1, SigV4) on the request pipeline: a path per operation,
 * a JSON body, errors as `{__type, message}` with `x-amzn-errortype`. The handlers come from the
 * model's operations; validation from its shapes.
 */
export function incidentManagerAdapter(
  context: ApiContext,
): ServiceAdapter<ParsedCall, AdmittedCall, ApiError> {
  return {
    newRequestId: randomUUID,
    operationOf: (request, url) => findRoute(request.method ?? 'GET', url.pathname)?.operation,
    parse({ request, url, body: raw, keepBody }) {
      const body = parseJson(raw);
      // The log shows what arrived, even when it is not JSON.
      keepBody(shownBody(body, raw));
      const method = request.method ?? 'GET';
      const route = findRoute(method, url.pathname);
      if (!route) throw unknownOperation(method, url.pathname);
      return { ...route, body };
    },
    async admit({ request, url, entry, body: raw }, parsed) {
      const caller = await authenticate(
        {
          method: request.method ?? 'GET',
          path: url.pathname,
          query: url.searchParams,
          headers: request.headers,
          body: raw,
        },
        context.auth,
      );
      const principal =
        caller.session?.principalArn ?? principalArn(context.store.accountId, caller.accessKeyId);
      if (caller.session)
        entry.caller = { arn: principal, accessKeyId: caller.session.accessKeyId };
      const route = {
        operation: parsed.operation,
        definition: parsed.definition,
        labels: parsed.labels,
      };
      return {
        route,
        principal,
        input: buildInput(route, url.searchParams, requestObject(parsed.body)),
      };
    },
    async run({ response, requestId, region }, { route, principal, input }) {
      const versionBefore = context.store.version;
      refuseOutsideRegion(context, route.operation, region, principal);
      const result = runOperation(
        route.operation,
        {
          store: context.store,
          paginator: context.paginator,
          principal,
          settings: context.settings.get(),
          region: region ?? '',
          homeRegion: context.auth.region,
        },
        input,
      );
      if (context.store.version !== versionBefore) await context.persist();
      sendJson(response, route.definition.successCode, result ?? {}, {
        'x-amzn-requestid': requestId,
      });
      return route.definition.successCode;
    },
    errors: {
      throttle: () => throttling(),
      serverError: internalError,
      unavailable: serviceUnavailable,
      // IAM decides after authentication: an injected denial names the caller and writes nothing.
      accessDenied: ({ route, principal, input }) =>
        accessDenied(principal, route.operation, resourceOf(context.store.accountId, input)),
      known: (caught) => (caught instanceof ApiError ? caught : undefined),
      bodyTooLarge: validationError,
      internal: internalError,
      send(response, requestId, error) {
        sendJson(response, error.status, error.toBody(), {
          'x-amzn-requestid': requestId,
          'x-amzn-errortype': error.errorType,
        });
        return { status: error.status, errorType: error.errorType };
      },
    },
  };
}

/** The resource an IAM policy would be evaluated against, as AccessDenied messages name it. */
function resourceOf(accountId: string, input: Record<string, unknown>): string {
  for (const member of ['incidentRecordArn', 'arn', 'responsePlanArn', 'resourceArn']) {
    if (typeof input[member] === 'string') return input[member];
  }
  if (typeof input.name === 'string') return responsePlanArn(accountId, input.name);
  return '*';
}

type Parsed =
  { kind: 'empty' } | { kind: 'json'; value: unknown } | { kind: 'invalid'; reason: string };

function parseJson(raw: Buffer): Parsed {
  if (raw.length === 0) return { kind: 'empty' };
  try {
    return { kind: 'json', value: JSON.parse(raw.toString('utf8')) as unknown };
  } catch (error) {
    return { kind: 'invalid', reason: (error as Error).message };
  }
}

/** What the log shows of a body: the parsed JSON, or the text when it is not JSON. */
function shownBody(body: Parsed, raw: Buffer): unknown {
  if (body.kind === 'empty') return null;
  return body.kind === 'json' ? body.value : raw.toString('utf8');
}

/** restJson1 bodies are JSON objects; an empty body is an input with no members. */
function requestObject(body: Parsed): Record<string, unknown> {
  if (body.kind === 'empty') return {};
  if (body.kind === 'invalid')
    throw serializationError(`The request body is not valid JSON: ${body.reason}`);
  if (!isPlainObject(body.value))
    throw serializationError(
      `The request body must be a JSON object, not ${body.value === null ? 'null' : Array.isArray(body.value) ? 'an array' : `a ${typeof body.value}`}`,
    );
  return body.value;
}

/** The replication set's own operations answer in any region: they are how a region joins it. */
const REPLICATION_SET_OPERATIONS = new Set([
  'CreateReplicationSet',
  'GetReplicationSet',
  'ListReplicationSets',
  'UpdateReplicationSet',
  'DeleteReplicationSet',
  'UpdateDeletionProtection',
]);

/**
 * A call signed for a region outside the account's replication set, when it has one: answered as
 * the `outsideRegion` setting chooses (AWS does not document it).
 */
function refuseOutsideRegion(
  context: ApiContext,
  operation: string,
  region: string | undefined,
  principal: string,
): void {
  const regions = replicationRegions(context.store);
  if (!regions || !region || regions.includes(region) || REPLICATION_SET_OPERATIONS.has(operation))
    return;
  const answer = context.settings.get().outsideRegion;
  if (answer === 'serve') return;
  if (answer === 'access-denied') throw accessDenied(principal, operation, '*');
  throw notFound(
    'REPLICATION_SET',
    region,
    `Incident Manager holds no data in ${region}: it is not a region of the replication set (${regions.join(', ')})`,
  );
}
