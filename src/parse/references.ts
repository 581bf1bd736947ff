import { codePointLength } from '../runtime/code-points.js';
import { InputError, quoteInput } from '../runtime/errors.js';
import { inert } from '../runtime/inert.js';
import { isArn } from './arn.js';

/** One entry of `eventReferences`: the model's union, exactly one member set. */
export type EventReference = { resource: string } | { relatedItemId: string };

export const RELATED_ITEM_ID =
  /^related-item\/(ANALYSIS|INCIDENT|METRIC|PARENT|ATTACHMENT|OTHER|AUTOMATION|INVOLVED_RESOURCE|TASK)\/[0-9A-F]{32}$/;

export const MAX_EVENT_REFERENCES = 10;

/** A URL to add as a related item of each target incident, which the event then references. */
export interface LinkInput {
  url: string;
  /** Empty: no title (the console shows the URL). */
  title: string;
}

/** What `references` holds: references as they are, and URLs that become related items. */
export interface ReferenceInputs {
  references: EventReference[];
  links: LinkInput[];
}

/** The model's limits on a related item's URL and title. */
const MAX_URL_LENGTH = 1000;
const MAX_TITLE_LENGTH = 200;

const ACCEPTED =
  'each reference is an ARN (a resource), a related item ID of the form related-item/<TYPE>/<32 upper-case hex digits>, or an https:// URL, optionally titled as [Title](https://…)';

/** `https://…` or `[Title](https://…)`; undefined when the text is neither. */
function linkFromText(input: string, item: string): LinkInput | undefined {
  const titled = /^\[(.*)\]\((.*)\)$/s.exec(item);
  const [title, url] = titled ? [titled[1]!.trim(), titled[2]!.trim()] : ['', item];
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    if (titled)
      throw new InputError(
        input,
        `${quoteInput(url)} in ${quoteInput(item)} is not a URL; ${ACCEPTED}.`,
      );
    return undefined;
  }
  return checkLink(input, url, title);
}

/** In a URL as typed: white space (two items without a separator), controls and invisible characters. */
const NOT_IN_URL = /[\p{Cc}\p{Cf}\p{Z}\s]/u;
/** In a title: line breaks and other controls, and bidirectional controls, which reorder it. */
const NOT_IN_TITLE = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

const ONE_URL =
  'a link is one https:// URL, without white space, control or invisible characters; separate items with a new line, or with a comma that the next item follows';

/**
 * A link as the incident will store it: parsed as browsers parse it (WHATWG URL) and stored in
 * that form (scheme and host in lower case, non-ASCII percent-encoded), so that what responders
 * open is what the text said. Refused: a text that holds more than one URL or a trailing word
 * (white space), a character that hides or reorders what is shown, and credentials.
 */
function checkLink(input: string, url: string, title: string): LinkInput {
  const hidden = NOT_IN_URL.exec(url);
  if (hidden) {
    const what = /\s/.test(hidden[0]) ? 'white space' : 'an invisible or control character';
    throw new InputError(input, `${quoteInput(url)} holds ${what}; ${ONE_URL}.`);
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InputError(input, `${quoteInput(url)} is not a URL; ${ACCEPTED}.`);
  }
  if (parsed.protocol !== 'https:') {
    throw new InputError(
      input,
      `${quoteInput(url)} is not an https:// URL; only https:// URLs are linked.`,
    );
  }
  if (parsed.username || parsed.password) {
    // Never echoed: the text holds a password.
    throw new InputError(
      input,
      `a URL of ${inert(parsed.host)} holds credentials (user:password@), which every responder of the incident would see; remove them, and give the page its own access control.`,
    );
  }
  const href = parsed.href;
  const length = codePointLength(href);
  if (length > MAX_URL_LENGTH) {
    throw new InputError(
      input,
      `a URL is ${length} characters; the service accepts at most ${MAX_URL_LENGTH}.`,
    );
  }
  if (NOT_IN_TITLE.test(title)) {
    throw new InputError(
      input,
      `the title of ${quoteInput(href)} holds a line break, control or bidirectional character (${quoteInput(title)}); a title is one line of plain text.`,
    );
  }
  const titleLength = codePointLength(title);
  if (titleLength > MAX_TITLE_LENGTH) {
    throw new InputError(
      input,
      `the title of ${quoteInput(href)} is ${titleLength} characters; the service accepts at most ${MAX_TITLE_LENGTH}.`,
    );
  }
  return { url: href, title };
}

/** A URL as the incident stores it (see checkLink), to tell two spellings of one link apart. */
export function linkKey(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

export function referenceKey(reference: EventReference): string {
  return 'resource' in reference
    ? `resource:${reference.resource}`
    : `related:${reference.relatedItemId}`;
}

function referenceFromText(input: string, item: string): EventReference {
  if (RELATED_ITEM_ID.test(item)) return { relatedItemId: item };
  if (isArn(item)) return { resource: item };
  throw new InputError(input, `${quoteInput(item)} is not accepted; ${ACCEPTED}.`);
}

function fromText(input: string, item: string): EventReference | LinkInput {
  return linkFromText(input, item) ?? referenceFromText(input, item);
}

function fromObject(input: string, item: unknown, index: number): EventReference | LinkInput {
  if (typeof item === 'string') return fromText(input, item.trim());
  const where = `item ${index + 1}`;
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    throw new InputError(
      input,
      `${where} must be a string or an object with 'resource', 'relatedItemId' or 'url' (and 'title').`,
    );
  }
  const keys = Object.keys(item);
  if (keys.includes('url')) {
    const { url, title = '', ...rest } = item as Record<string, unknown>;
    if (Object.keys(rest).length > 0 || typeof url !== 'string' || typeof title !== 'string') {
      throw new InputError(
        input,
        `${where}: a link is { "url": "https://…", "title": "…" }, both strings, and nothing else.`,
      );
    }
    return checkLink(input, url.trim(), title.trim());
  }
  const unknown = keys.filter((k) => k !== 'resource' && k !== 'relatedItemId');
  if (unknown.length > 0) {
    throw new InputError(
      input,
      `${where} has unknown key(s) ${inert(unknown.join(', '))}; use 'resource', 'relatedItemId' or 'url'.`,
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
  const parsed = referenceFromText(input, value.trim());
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

const ITEM_START = /^(arn:|related-item\/|[a-z][a-z0-9+.-]*:\/\/|\[)/i;

/**
 * Items are separated by newlines and commas, but a URL may hold commas of its own: after a URL,
 * a comma that does not start another item (an ARN, an ID, a URL, a titled URL) stays in it.
 */
function splitReferences(value: string): string[] {
  const items: string[] = [];
  for (const line of value.split('\n')) {
    let inUrl = false;
    for (const part of line.split(',')) {
      const item = part.trim();
      if (inUrl && items.length > 0 && !ITEM_START.test(item)) {
        items[items.length - 1] += `,${part}`;
        continue;
      }
      items.push(item);
      inUrl = /^(https?:\/\/|\[)/i.test(item);
    }
  }
  return items.map((item) => item.trim()).filter((item) => item.length > 0);
}

function separate(items: (EventReference | LinkInput)[]): ReferenceInputs {
  const references: EventReference[] = [];
  const links: LinkInput[] = [];
  for (const item of items) {
    if ('url' in item) {
      if (!links.some((l) => l.url === item.url)) links.push(item);
    } else references.push(item);
  }
  return { references, links };
}

/**
 * Parses `references`: a newline- or comma-separated list of ARNs, related item IDs and https://
 * URLs (each optionally titled, `[Title](https://…)`), or a JSON array whose items are such
 * strings or `{ "resource": … }` / `{ "relatedItemId": … }` / `{ "url": …, "title": … }` objects.
 */
export function parseReferences(input: string, value: string): ReferenceInputs {
  const v = value.trim();
  if (v === '') return { references: [], links: [] };
  // A JSON array starts with [; so does a titled link, whose title is followed by ](.
  if (v.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(v);
    } catch (error) {
      if (/^\[[^\]\n]*\]\(/.test(v))
        return separate(splitReferences(v).map((i) => fromText(input, i)));
      throw new InputError(
        input,
        `looks like a JSON array but does not parse: ${inert((error as Error).message)}.`,
      );
    }
    if (!Array.isArray(parsed)) throw new InputError(input, 'must be a JSON array.');
    return separate(parsed.map((item, index) => fromObject(input, item, index)));
  }
  return separate(splitReferences(v).map((item) => fromText(input, item)));
}
