import { shapesByName } from './model/shape-lookup.js';
import {
  SERVED_OPERATIONS,
  serviceModel,
  type ServedOperation,
} from './model/service-model.generated.js';
import type { OperationDef } from './model/shapes.js';

export interface Route {
  operation: ServedOperation;
  definition: OperationDef;
  /** The path's labels (`/tags/{resourceArn}`), decoded. */
  labels: Record<string, string>;
}

interface CompiledRoute {
  operation: ServedOperation;
  definition: OperationDef;
  method: string;
  /** Matches the raw (still percent-encoded) path; one group per label, in `names` order. */
  pattern: RegExp;
  names: string[];
}

/**
 * restJson1 paths: a label (`{resourceArn}`) is one segment, percent-encoded by the client (an
 * ARN's `/` arrives as `%2F`); `{name+}` (greedy) would span segments, which this model has none of.
 */
function compile(operation: ServedOperation): CompiledRoute {
  const definition: OperationDef = serviceModel.operations[operation];
  const names: string[] = [];
  const source = definition.path
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const label = /^\{([^}+]+)(\+?)\}$/.exec(part);
      if (!label) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(label[1]!);
      return label[2] ? '(.+)' : '([^/]+)';
    })
    .join('');
  return {
    operation,
    definition,
    method: definition.method,
    pattern: new RegExp(`^${source}$`),
    names,
  };
}

const compiled = SERVED_OPERATIONS.map(compile);
/** Most paths have no label: one lookup, before the few patterns are tried. */
const fixedPaths = new Map(
  compiled
    .filter((route) => route.names.length === 0)
    .map((route) => [`${route.method} ${route.definition.path}`, route]),
);
const labelled = compiled.filter((route) => route.names.length > 0);

export function findRoute(method: string, path: string): Route | undefined {
  const fixed = fixedPaths.get(`${method} ${path}`);
  if (fixed) return { operation: fixed.operation, definition: fixed.definition, labels: {} };
  for (const route of labelled) {
    if (route.method !== method) continue;
    const match = route.pattern.exec(path);
    if (!match) continue;
    const labels: Record<string, string> = {};
    try {
      route.names.forEach((name, index) => {
        labels[name] = decodeURIComponent(match[index + 1]!);
      });
    } catch {
      // A malformed escape (`%E0%A4%A`) names no resource: no route.
      return undefined;
    }
    return { operation: route.operation, definition: route.definition, labels };
  }
  return undefined;
}

export const operationNames: readonly string[] = SERVED_OPERATIONS;

/**
 * restJson1 input: members bound to the query string (model `location`) or to a path label come
 * from there, the others from the JSON body. A list member takes every value of its name.
 */
export function buildInput(
  route: Pick<Route, 'definition' | 'labels'>,
  query: URLSearchParams,
  body: Record<string, unknown>,
): Record<string, unknown> {
  const input = { ...body };
  for (const [name, member] of Object.entries(
    shapesByName[route.definition.input]?.members ?? {},
  )) {
    const wireName = member.locationName ?? name;
    if (member.location === 'uri') {
      if (Object.hasOwn(route.labels, wireName)) input[name] = route.labels[wireName];
    } else if (member.location === 'querystring') {
      if (shapesByName[member.shape]?.type === 'list') {
        const values = query.getAll(wireName);
        if (values.length > 0) input[name] = values;
      } else {
        const value = query.get(wireName);
        if (value !== null) input[name] = value;
      }
    }
  }
  return input;
}
