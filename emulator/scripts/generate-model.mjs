#!/usr/bin/env node
// Derives the emulator's compact service table from the AWS API model (botocore's service-2.json),
// so routes, status codes and input constraints come from AWS's own definition, not from memory.
// Usage: node emulator/scripts/generate-model.mjs [path/to/service-2.json[.gz]]
// Without a path it asks python3's botocore for the model.
// The output is then formatted with `npx prettier --write emulator/src/model`.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export const SERVED_OPERATIONS = [
  'CreateResponsePlan',
  'GetResponsePlan',
  'ListResponsePlans',
  'StartIncident',
  'GetIncidentRecord',
  'ListIncidentRecords',
  'UpdateIncidentRecord',
  'CreateTimelineEvent',
  'UpdateTimelineEvent',
  'GetTimelineEvent',
  'ListTimelineEvents',
  'DeleteTimelineEvent',
  'UpdateRelatedItems',
  'ListRelatedItems',
  'CreateReplicationSet',
  'GetReplicationSet',
  'ListReplicationSets',
  'UpdateReplicationSet',
  'DeleteReplicationSet',
];

const OUTPUT_FILE = join(
  dirname(fileURLToPath(import.meta.url)),
  '../src/model/service-model.generated.ts',
);

/**
 * The ssm-incidents model as botocore's own loader returns it (plain or gzipped on disk, whatever
 * the botocore version), by asking python3: the outside client is run, never read from a path.
 */
export function loadBotocoreModel(python = 'python3') {
  const script =
    "import json, botocore.loaders as l; print(json.dumps(l.Loader().load_service_model('ssm-incidents', 'service-2')))";
  const out = execFileSync(python, ['-c', script], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return JSON.parse(out);
}

export function readServiceJson(path) {
  const raw = readFileSync(path);
  return JSON.parse((path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8'));
}

function compactShape(shape) {
  const out = { type: shape.type };
  for (const key of ['min', 'max', 'pattern', 'enum'])
    if (shape[key] !== undefined) out[key] = shape[key];
  if (shape.union) out.union = true;
  if (shape.required) out.required = shape.required;
  if (shape.members) {
    out.members = {};
    for (const [name, member] of Object.entries(shape.members)) {
      const m = { shape: member.shape };
      if (member.location) m.location = member.location;
      if (member.locationName) m.locationName = member.locationName;
      if (member.idempotencyToken) m.idempotencyToken = true;
      out.members[name] = m;
    }
  }
  if (shape.member) out.member = shape.member.shape;
  if (shape.key) {
    out.key = shape.key.shape;
    out.value = shape.value.shape;
  }
  if (shape.error) out.httpStatus = shape.error.httpStatusCode;
  return out;
}

/** The operations we serve, and every shape their inputs, outputs and errors reach. */
export function extractModel(service) {
  const operations = {};
  const shapes = {};
  const visit = (name) => {
    if (shapes[name]) return;
    const shape = service.shapes[name];
    if (!shape) throw new Error(`shape ${name} missing from the model`);
    shapes[name] = compactShape(shape);
    for (const member of Object.values(shape.members ?? {})) visit(member.shape);
    if (shape.member) visit(shape.member.shape);
    if (shape.key) visit(shape.key.shape);
    if (shape.value) visit(shape.value.shape);
  };
  for (const name of SERVED_OPERATIONS) {
    const op = service.operations[name];
    if (!op) throw new Error(`operation ${name} missing from the model`);
    operations[name] = {
      method: op.http.method,
      path: op.http.requestUri,
      successCode: op.http.responseCode ?? 200,
      input: op.input.shape,
      output: op.output.shape,
      errors: (op.errors ?? []).map((e) => e.shape),
    };
    visit(op.input.shape);
    visit(op.output.shape);
    for (const e of op.errors ?? []) visit(e.shape);
  }
  const sortedShapes = Object.fromEntries(
    Object.keys(shapes)
      .sort()
      .map((k) => [k, shapes[k]]),
  );
  return {
    apiVersion: service.metadata.apiVersion,
    signingName: service.metadata.signingName,
    operations,
    shapes: sortedShapes,
  };
}

/** The TypeScript type of a shape: structures by name, everything else spelled out. */
function typeOf(model, name) {
  const shape = model.shapes[name];
  switch (shape.type) {
    case 'structure':
      return name;
    case 'list':
      return `${typeOf(model, shape.member)}[]`;
    case 'map':
      return `Record<string, ${typeOf(model, shape.value)}>`;
    case 'string':
      return shape.enum ? shape.enum.map((value) => JSON.stringify(value)).join(' | ') : 'string';
    case 'boolean':
      return 'boolean';
    case 'blob':
      return 'string';
    default:
      // integer, long, float, double, and timestamps (epoch seconds in restJson1).
      return 'number';
  }
}

/** Structures reachable from the served operations' inputs, in order of first reach. */
function inputStructures(model) {
  const seen = new Set();
  const visit = (name) => {
    const shape = model.shapes[name];
    if (shape.type === 'structure') {
      if (seen.has(name)) return;
      seen.add(name);
      for (const member of Object.values(shape.members ?? {})) visit(member.shape);
    } else if (shape.type === 'list') visit(shape.member);
    else if (shape.type === 'map') visit(shape.value);
  };
  for (const operation of Object.values(model.operations)) visit(operation.input);
  return [...seen];
}

function renderStructure(model, name) {
  const shape = model.shapes[name];
  const required = new Set(shape.required ?? []);
  const members = Object.entries(shape.members ?? {}).map(
    ([member, ref]) =>
      `  ${member}${required.has(member) ? '' : '?'}: ${typeOf(model, ref.shape)};`,
  );
  if (members.length === 0) return `export type ${name} = Record<string, never>;`;
  const note = shape.union
    ? '/** A union: exactly one member is set (validation checks it). */\n'
    : '';
  return `${note}export interface ${name} {\n${members.join('\n')}\n}`;
}

export function renderModule(model) {
  const operations = Object.keys(model.operations);
  return [
    '// Generated by emulator/scripts/generate-model.mjs from botocore ssm-incidents service-2.json.',
    '// Do not edit by hand: re-run the script when the model changes.',
    "import type { ServiceModel } from './shapes.js';",
    '',
    '/** The operations the emulator serves; a handler for each is required by its type. */',
    `export const SERVED_OPERATIONS = ${JSON.stringify(operations)} as const;`,
    'export type ServedOperation = (typeof SERVED_OPERATIONS)[number];',
    '/** The served operations whose input takes an idempotency token (`clientToken`). */',
    `export type IdempotentOperation = ${operations
      .filter((name) =>
        Object.values(model.shapes[model.operations[name].input].members ?? {}).some(
          (member) => member.idempotencyToken,
        ),
      )
      .map((name) => JSON.stringify(name))
      .join(' | ')};`,
    '',
    // `satisfies` checks the table and keeps its operation names; an annotation would erase them.
    `export const serviceModel = ${JSON.stringify(model, null, 2)} satisfies ServiceModel;`,
    '',
    '/** What each served operation takes, once its input has passed validation against the model. */',
    'export interface OperationInputs {',
    ...operations.map((name) => `  ${name}: ${model.operations[name].input};`),
    '}',
    '',
    ...inputStructures(model).map((name) => `${renderStructure(model, name)}\n`),
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const path = process.argv[2];
  let service;
  try {
    service = path ? readServiceJson(path) : loadBotocoreModel();
  } catch (error) {
    console.error(
      `Cannot load the model (${error.message.split('\n')[0]}); install boto3 for python3, or pass the path of ssm-incidents service-2.json`,
    );
    process.exit(1);
  }
  writeFileSync(OUTPUT_FILE, renderModule(extractModel(service)));
  console.error(`wrote ${OUTPUT_FILE}`);
}
