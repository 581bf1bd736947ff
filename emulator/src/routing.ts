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
}

const routes = new Map<string, Route>(
  SERVED_OPERATIONS.map((operation) => {
    const definition: OperationDef = serviceModel.operations[operation];
    return [`${definition.method} ${definition.path}`, { operation, definition }];
  }),
);

export function findRoute(method: string, path: string): Route | undefined {
  return routes.get(`${method} ${path}`);
}

export const operationNames: readonly string[] = SERVED_OPERATIONS;

/**
 * restJson1 input: GET operations carry their members in the query string (model `location`),
 * the others in the JSON body.
 */
export function buildInput(
  definition: OperationDef,
  query: URLSearchParams,
  body: Record<string, unknown>,
): Record<string, unknown> {
  const input = { ...body };
  for (const [name, member] of Object.entries(shapesByName[definition.input]?.members ?? {})) {
    if (member.location !== 'querystring') continue;
    const value = query.get(member.locationName ?? name);
    if (value !== null) input[name] = value;
  }
  return input;
}
