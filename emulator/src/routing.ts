import { serviceModel } from './model/service-model.generated.js';
import type { OperationDef } from './model/shapes.js';

export interface Route {
  operation: string;
  definition: OperationDef;
}

const routes = new Map<string, Route>(
  Object.entries(serviceModel.operations).map(([operation, definition]) => [
    `${definition.method} ${definition.path}`,
    { operation, definition },
  ]),
);

export function findRoute(method: string, path: string): Route | undefined {
  return routes.get(`${method} ${path}`);
}

export const operationNames = Object.keys(serviceModel.operations);

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
  for (const [name, member] of Object.entries(
    serviceModel.shapes[definition.input]?.members ?? {},
  )) {
    if (member.location !== 'querystring') continue;
    const value = query.get(member.locationName ?? name);
    if (value !== null) input[name] = value;
  }
  return input;
}
