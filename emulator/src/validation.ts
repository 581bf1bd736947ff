import { validationError } from './errors.js';
import type { Shape } from './model/shapes.js';
import { shapesByName } from './model/shape-lookup.js';
import {
  serviceModel,
  type OperationInputs,
  type ServedOperation,
} from './model/service-model.generated.js';

/**
 * Checks a value against a model shape the way the service's front end does: every violation is
 * collected, then reported in one ValidationException whose message names each field.
 */
export function validateShape(shapeName: string, value: unknown, path = ''): string[] {
  const problems: string[] = [];
  check(shapeName, value, path, problems);
  return problems;
}

/**
 * Checks an operation's input against the model; from here on it has the input's generated type
 * (a ValidationException naming every problem otherwise).
 */
export function assertValidInput<Op extends ServedOperation>(
  operation: Op,
  input: Record<string, unknown>,
): asserts input is Record<string, unknown> & OperationInputs[Op] {
  const problems = validateShape(serviceModel.operations[operation].input, input);
  if (problems.length > 0) throw validationError(formatProblems(problems));
}

export function formatProblems(problems: string[]): string {
  const noun = problems.length === 1 ? 'error' : 'errors';
  return `${problems.length} validation ${noun} detected: ${problems.join('; ')}`;
}

/** Wraps a single rule the model cannot express (e.g. "filter key must be one of ...") in the same format. */
export function constraintError(path: string, value: unknown, constraint: string) {
  return validationError(formatProblems([violation(path, value, constraint)]));
}

const patternCache = new Map<string, RegExp>();

function shapeOf(name: string): Shape {
  const shape = shapesByName[name];
  if (!shape) throw new Error(`unknown shape ${name}`);
  return shape;
}

function check(shapeName: string, value: unknown, path: string, problems: string[]): void {
  const shape = shapeOf(shapeName);
  switch (shape.type) {
    case 'structure':
      return checkStructure(shape, value, path, problems);
    case 'list':
      return checkList(shape, value, path, problems);
    case 'map':
      return checkMap(shape, value, path, problems);
    case 'string':
      return checkString(shape, value, path, problems);
    case 'integer':
    case 'long':
      if (typeof value !== 'number' || !Number.isInteger(value)) {
        problems.push(violation(path, value, 'Member must be an integer'));
        return;
      }
      return checkRange(shape, value, path, problems, 'value');
    case 'double':
    case 'float':
      if (typeof value !== 'number' || !Number.isFinite(value))
        problems.push(violation(path, value, 'Member must be a number'));
      return;
    case 'boolean':
      if (typeof value !== 'boolean')
        problems.push(violation(path, value, 'Member must be a boolean'));
      return;
    case 'timestamp':
      // restJson1 sends body timestamps as epoch seconds; fractions carry the milliseconds.
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        problems.push(violation(path, value, 'Member must be a timestamp in epoch seconds'));
      }
      return;
    default:
      problems.push(violation(path, value, `Member has unsupported type ${shape.type}`));
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkStructure(shape: Shape, value: unknown, path: string, problems: string[]): void {
  if (!isPlainObject(value)) {
    problems.push(violation(path, value, 'Member must be a structure'));
    return;
  }
  const members = shape.members ?? {};
  for (const required of shape.required ?? []) {
    if (value[required] === undefined || value[required] === null) {
      problems.push(violation(join(path, required), null, 'Member must not be null'));
    }
  }
  const present: string[] = [];
  for (const [name, ref] of Object.entries(members)) {
    const memberValue = value[name];
    // JSON null is how some clients spell "absent"; the service treats it the same way.
    if (memberValue === undefined || memberValue === null) continue;
    present.push(name);
    check(ref.shape, memberValue, join(path, name), problems);
  }
  if (shape.union && present.length !== 1) {
    const names = Object.keys(members).join(', ');
    problems.push(violation(path, value, `Member must have exactly one of [${names}] set`));
  }
}

function checkList(shape: Shape, value: unknown, path: string, problems: string[]): void {
  if (!Array.isArray(value)) {
    problems.push(violation(path, value, 'Member must be a list'));
    return;
  }
  checkRange(shape, value.length, path, problems, 'length', value);
  value.forEach((item, index) => {
    const itemPath = `${path}.${index + 1}.member`;
    if (item === null || item === undefined)
      problems.push(violation(itemPath, null, 'Member must not be null'));
    else check(shape.member!, item, itemPath, problems);
  });
}

function checkMap(shape: Shape, value: unknown, path: string, problems: string[]): void {
  if (!isPlainObject(value)) {
    problems.push(violation(path, value, 'Member must be a map'));
    return;
  }
  const entries = Object.entries(value);
  checkRange(shape, entries.length, path, problems, 'length', value);
  for (const [key, entryValue] of entries) {
    check(shape.key!, key, `${path}.key`, problems);
    if (entryValue === null || entryValue === undefined)
      problems.push(violation(`${path}.${key}`, null, 'Member must not be null'));
    else check(shape.value!, entryValue, `${path}.${key}`, problems);
  }
}

function checkString(shape: Shape, value: unknown, path: string, problems: string[]): void {
  if (typeof value !== 'string') {
    problems.push(violation(path, value, 'Member must be a string'));
    return;
  }
  // The model's lengths count characters (code points), not UTF-16 units.
  if (shape.min !== undefined || shape.max !== undefined) {
    checkRange(shape, codePointLength(value), path, problems, 'length', value);
  }
  if (shape.enum && !shape.enum.includes(value)) {
    problems.push(
      violation(path, value, `Member must satisfy enum value set: [${shape.enum.join(', ')}]`),
    );
  }
  if (shape.pattern && !compile(shape.pattern).test(value)) {
    problems.push(
      violation(path, value, `Member must satisfy regular expression pattern: ${shape.pattern}`),
    );
  }
}

function checkRange(
  shape: Shape,
  measured: number,
  path: string,
  problems: string[],
  what: 'length' | 'value',
  shown: unknown = measured,
): void {
  if (shape.min !== undefined && measured < shape.min) {
    problems.push(
      violation(path, shown, `Member must have ${what} greater than or equal to ${shape.min}`),
    );
  }
  if (shape.max !== undefined && measured > shape.max) {
    problems.push(
      violation(path, shown, `Member must have ${what} less than or equal to ${shape.max}`),
    );
  }
}

function codePointLength(value: string): number {
  let surrogatePairs = 0;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) surrogatePairs++;
  }
  return value.length - surrogatePairs;
}

function compile(pattern: string): RegExp {
  let regex = patternCache.get(pattern);
  if (!regex) {
    regex = new RegExp(pattern);
    patternCache.set(pattern, regex);
  }
  return regex;
}

function join(path: string, name: string): string {
  return path ? `${path}.${name}` : name;
}

/** Echoes the offending value like the service does, shortened so a 12,000-character field stays readable. */
function violation(path: string, value: unknown, constraint: string): string {
  return `Value ${display(value)} at '${path}' failed to satisfy constraint: ${constraint}`;
}

function display(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `'${text.length > 64 ? `${text.slice(0, 61)}...` : text}'`;
}
