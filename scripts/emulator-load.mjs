#!/usr/bin/env node
// Load check of the bundled emulator on loopback:
//  1. N concurrent SDK clients create timeline events for D seconds, each call with its own
//     clientToken; then ListTimelineEvents must return every created event exactly once.
//     Prints requests/s and p50/p95/p99 latency (target p99 < 50 ms).
//  2. Seeds 10,000 incident records and pages through them with ListIncidentRecords
//     (maxResults 100), checking each is seen exactly once (target: seeding < 2 s).
//  3. Sends 60 request bodies of 4 MiB, then reads the request log: it must answer, within its
//     byte budget; prints its size and the emulator's resident memory.
// Usage: npm run emulator:load [-- --clients 16 --duration 10]
// Exits 1 when a check fails or a target is missed.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import {
  CreateTimelineEventCommand,
  ListIncidentRecordsCommand,
  ListTimelineEventsCommand,
  SSMIncidentsClient,
} from '@aws-sdk/client-ssm-incidents';

const KEYS = { accessKeyId: 'AKIAEMULATORLOAD0001', secretAccessKey: 'emulator-load-secret' };
const client = (url) =>
  new SSMIncidentsClient({ endpoint: url, region: 'us-east-1', credentials: KEYS, maxAttempts: 1 });

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '16' },
    duration: { type: 'string', default: '10' },
  },
});
const CLIENTS = Number(values.clients);
const DURATION_MS = Number(values.duration) * 1000;
const P99_TARGET_MS = 50;
const SEEDED_INCIDENTS = 10_000;

// Whatever happens, never run unbounded.
const watchdog = setTimeout(
  () => fail(`load run exceeded ${DURATION_MS / 1000 + 120} s`),
  DURATION_MS + 120_000,
);
watchdog.unref();

let emulator;
const problems = [];

function fail(message) {
  console.error(`FAIL: ${message}`);
  emulator?.kill('SIGTERM');
  process.exit(1);
}

function startEmulator() {
  const child = spawn(
    process.execPath,
    [
      'emulator/dist/index.js',
      '--quiet',
      '--host',
      '127.0.0.1',
      '--port',
      '0',
      '--access-key-id',
      KEYS.accessKeyId,
      '--secret-access-key',
      KEYS.secretAccessKey,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`emulator exited with ${code}`)));
    createInterface({ input: child.stdout }).once('line', (url) => resolve({ child, url }));
  });
}

async function control(url, method, path, body) {
  const response = await fetch(new URL(`/_emulator/${path}`, url), {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function timelineLoad(url) {
  const { incidents } = await control(url, 'POST', 'seed', {
    incidents: [{ responsePlan: 'load', title: 'Load test' }],
  });
  const incidentRecordArn = incidents[0];
  const latencies = [];
  const created = [];
  const errors = [];
  const started = performance.now();
  const deadline = started + DURATION_MS;
  // Closed loop: each client sends its next call as soon as the previous one is answered.
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, clientIndex) => {
      const ssm = client(url);
      for (let i = 0; performance.now() < deadline; i++) {
        const begin = performance.now();
        try {
          const { eventId } = await ssm.send(
            new CreateTimelineEventCommand({
              incidentRecordArn,
              eventTime: new Date(),
              eventType: 'Custom Event',
              eventData: JSON.stringify(`client ${clientIndex} event ${i}`),
              clientToken: `load-${clientIndex}-${i}`,
            }),
          );
          latencies.push(performance.now() - begin);
          created.push(eventId);
        } catch (error) {
          errors.push(`${error.name}: ${error.message}`);
        }
      }
      ssm.destroy();
    }),
  );
  for (const message of errors.slice(0, 5)) console.error(`CreateTimelineEvent failed: ${message}`);
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(latencies, p));
  console.log(
    `CreateTimelineEvent: ${CLIENTS} clients, ${seconds.toFixed(1)} s, ${latencies.length} events, ${errors.length} errors`,
  );
  console.log(
    `  ${(latencies.length / seconds).toFixed(0)} requests/s; latency p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms (target p99 < ${P99_TARGET_MS} ms)`,
  );
  // The emulator's own time per call (its request log keeps the last 10,000), apart from the
  // SDK's client-side cost, which on a small machine is most of the latency above.
  const { requests } = await control(url, 'GET', 'requests?operation=CreateTimelineEvent');
  const server = requests.map((r) => r.durationMs).sort((a, b) => a - b);
  const [s50, s95, s99] = [50, 95, 99].map((p) => percentile(server, p));
  console.log(
    `  time in the emulator (last ${server.length} calls): p50 ${s50.toFixed(2)} ms, p95 ${s95.toFixed(2)} ms, p99 ${s99.toFixed(2)} ms`,
  );
  if (errors.length > 0) problems.push(`${errors.length} CreateTimelineEvent calls failed`);
  if (p99 >= P99_TARGET_MS)
    problems.push(`p99 latency ${p99.toFixed(1)} ms is over the ${P99_TARGET_MS} ms target`);

  const ssm = client(url);
  const listStarted = performance.now();
  const listed = [];
  let nextToken;
  do {
    const page = await ssm.send(
      new ListTimelineEventsCommand({ incidentRecordArn, maxResults: 100, nextToken }),
    );
    listed.push(...page.eventSummaries.map((e) => e.eventId));
    nextToken = page.nextToken;
  } while (nextToken);
  ssm.destroy();
  const listedSet = new Set(listed);
  const lost = created.filter((id) => !listedSet.has(id)).length;
  const duplicated = listed.length - listedSet.size;
  const unexpected = listed.length - created.length - duplicated;
  console.log(
    `ListTimelineEvents: ${listed.length} events in ${((performance.now() - listStarted) / 1000).toFixed(2)} s; lost ${lost}, duplicated ${duplicated}, unexpected ${unexpected}`,
  );
  if (lost || duplicated || unexpected)
    problems.push('ListTimelineEvents did not return every created event exactly once');
}

async function incidentPaging(url) {
  await control(url, 'POST', 'reset');
  const seedStarted = performance.now();
  await control(url, 'POST', 'seed', {
    generateIncidents: { count: SEEDED_INCIDENTS, responsePlan: 'load-seed' },
  });
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  const ssm = client(url);
  const pagingStarted = performance.now();
  const seen = new Map();
  let pages = 0;
  let nextToken;
  do {
    const page = await ssm.send(new ListIncidentRecordsCommand({ maxResults: 100, nextToken }));
    for (const summary of page.incidentRecordSummaries)
      seen.set(summary.arn, (seen.get(summary.arn) ?? 0) + 1);
    nextToken = page.nextToken;
    pages++;
  } while (nextToken);
  ssm.destroy();
  const pagingSeconds = (performance.now() - pagingStarted) / 1000;
  const repeated = [...seen.values()].filter((count) => count > 1).length;
  console.log(
    `Seeded ${SEEDED_INCIDENTS} incidents in ${seedSeconds.toFixed(2)} s; paged ${pages} pages in ${pagingSeconds.toFixed(2)} s; seen ${seen.size}, repeated ${repeated}`,
  );
  if (seen.size !== SEEDED_INCIDENTS || repeated > 0)
    problems.push('ListIncidentRecords did not return every seeded incident exactly once');
  if (seedSeconds >= 2) problems.push(`seeding took ${seedSeconds.toFixed(2)} s (target < 2 s)`);
}

/** The emulator's resident set size in MiB (Linux), or undefined elsewhere. */
function residentMiB(pid) {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined;
  }
}

async function requestLogBounds(url) {
  await control(url, 'POST', 'reset');
  const body = JSON.stringify({ eventData: 'x'.repeat(4 * 1024 * 1024) });
  const started = performance.now();
  for (let i = 0; i < 60; i++) {
    // Unsigned: refused with 403, but recorded with its body first, as any call is.
    const response = await fetch(new URL('/createTimelineEvent', url), { method: 'POST', body });
    await response.arrayBuffer();
  }
  const sent = (performance.now() - started) / 1000;
  const listStarted = performance.now();
  const response = await fetch(new URL('/_emulator/requests', url));
  const text = await response.text();
  const listSeconds = (performance.now() - listStarted) / 1000;
  if (!response.ok) {
    problems.push(`GET /_emulator/requests answered ${response.status} after large bodies`);
    return;
  }
  const { requests, log } = JSON.parse(text);
  const rss = residentMiB(emulator.pid);
  console.log(
    `Request log after 60 bodies of 4 MiB (sent in ${sent.toFixed(2)} s): ${requests.length} entries, ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(2)} MiB answered in ${listSeconds.toFixed(2)} s (budget ${(log.budgetBytes / 1024 / 1024).toFixed(0)} MiB)${rss === undefined ? '' : `; emulator resident ${rss.toFixed(0)} MiB`}`,
  );
  if (log.bytes > log.budgetBytes) problems.push('the request log is over its byte budget');
  if (requests.some((entry) => !entry.bodyTruncated))
    problems.push('a 4 MiB body was kept whole in the request log');
}

try {
  const started = await startEmulator();
  emulator = started.child;
  console.log(`emulator at ${started.url}`);
  await timelineLoad(started.url);
  await incidentPaging(started.url);
  await requestLogBounds(started.url);
} catch (error) {
  fail(error.stack ?? String(error));
}
emulator.kill('SIGTERM');
if (problems.length > 0) fail(problems.join('; '));
console.log('OK');
