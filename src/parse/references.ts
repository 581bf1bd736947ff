import { InputError, quoteInput } from '../errors.js';
import { inert } from '../inert.js';
import { isArn } from './arn.js';
import { splitList } from './list.js';

/** One entry of `eventReferences`: the model's union, exactly one member set. */
export type EventReference = { resource: string } | { relatedItemId: string };

export const RELATED_ITEM_ID =
  /^related-item\/(ANALYSIS|INCIDENT|METRIC|PARENT|ATTACHMENT|OTHER|AUTOMATION|INVOLVED_RESOURCE|TASK)\/[0-9A-F]{32}$/;

export const MAX_EVENT_REFERENCES = 10;

export function referenceKey(reference: EventReference): string {
  return 'resource' in reference
    ? `resource:${reference.resource}`
    : `related:${reference.relatedItemId}`;
}

function fromText(input: string, item: string): EventReference {
  if (RELATED_ITEM_ID.test(item)) return { relatedItemId: item };
  if (isArn(item)) return { resource: item };
  throw new InputError(
    input,
    `${quoteInput(item)} is not accepted; each reference is an ARN (a resource) or a related item ID of the form related-item/<TYPE>/<32 upper-case hex digits>.`,
  );
}

function fromObject(input: string, item: unknown, index: number): EventReference {
  if (typeof item === 'string') return fromText(input, item.trim());
  const where = `item ${index + 1}`;
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    throw new InputError(
      input,
      `${where} must be a string or an object with 'resource' or 'relatedItemId'.`,
    );
  }
  const keys = Object.keys(item);
  const unknown = keys.filter((k) => k !== 'resource' && k !== 'relatedItemId');
  if (unknown.length > 0) {
    throw new InputError(
      input,
      `${where} has unknown key(s) ${inert(unknown.join(', '))}; use 'resource' or 'relatedItemId'.`,
    );
  }
  if (keys.length !== 1) {
    throw new InputError(
      input,
      `${where} must set exactly one of 'resource' (an ARN) or 'relatedItemId', not ${keys.length === 0 ? 'neither' : 'both'}.`,
    );
  }
  const value = (item as Record<string, unknown>)[keys[0] as string];
  if (typeof value !== 'string')
    throw new InputError(input, `${where}: ${quoteInput(keys[0] ?? '')} must be a string.`);
  const parsed = fromText(input, value.trim());
  if (keys[0] === 'resource' && !('resource' in parsed)) {
    throw new InputError(input, `${where}: 'resource' must be an ARN, not ${quoteInput(value)}.`);
  }
  if (keys[0] === 'relatedItemId' && !('relatedItemId' in parsed)) {
    throw new InputError(
      input,
      `${where}: 'relatedItemId' must have the form related-item/<TYPE>/<32 upper-case hex digits>, not ${quoteInput(value)}.`,
    );
  }
  return parsed;
}

/**
 * Parses `references`: a newline- or comma-separated list of ARNs and related item IDs, or a JSON
 * array whose items are such strings or `{ "resource": … }` / `{ "relatedItemId": … }` objects.
 */
export function parseReferences(input: string, value: string): EventReference[] {
  const v = value.trim();
  if (v === '') return [];
  if (v.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(v);
    } catch (error) {
      throw new InputError(
        input,
        `looks like a JSON array but does not parse: ${inert((error as Error).message)}.`,
      );
    }
    if (!Array.isArray(parsed)) throw new InputError(input, 'must be a JSON array.');
    return parsed.map((item, index) => fromObject(input, item, index));
  }
  return splitList(v).map((item) => fromText(input, item));
}
