import { InputError } from '../runtime/errors.js';
import { inert } from '../runtime/inert.js';

/**
 * Values a template may name: `fields` for `{name}`, `inputs` (the `workflow_dispatch` inputs) for
 * `{inputs.NAME}`. Maps, so that only names put there are found: a plain object would also answer
 * to `{constructor}` or `{inputs.toString}`.
 */
export interface TemplateValues {
  fields: ReadonlyMap<string, string>;
  inputs: ReadonlyMap<string, string>;
}

const TOKEN = /\{\{|\}\}|\{([^{}]*)\}|[{}]/g;

/** The names a template accepts, for the error messages and the README. */
function placeholderList(fields: ReadonlyMap<string, string>): string {
  return [...fields.keys()].map((k) => `{${k}}`).join(' ');
}

/** A text with JSON's shape: `{"key": …}` or `[…]` with a key in it. */
const JSON_LIKE = /^\s*[[{][\s\S]*"\s*:/;

/** The error for a `{` that opens no placeholder, at `offset` of `template`. */
function loneBrace(input: string, template: string, offset: number): InputError {
  if (JSON_LIKE.test(template)) {
    return new InputError(
      input,
      `looks like JSON, whose own braces must be doubled so that only the {placeholders} are replaced: write {{ and }} for them, as in {{"version":"{short_sha}"}}.`,
    );
  }
  return new InputError(
    input,
    `unclosed '{' at character ${offset + 1}; write {{ and }} for literal braces.`,
  );
}

/**
 * Checks a template's braces, before anything is known of the run (the names are checked when it
 * is rendered), so that a bad brace is reported with the other bad inputs.
 */
export function checkTemplate(input: string, template: string): string {
  for (const match of template.matchAll(TOKEN)) {
    if (match[0] === '{') throw loneBrace(input, template, match.index);
  }
  return template;
}

/**
 * Replaces `{name}` and `{inputs.NAME}` placeholders; `{{` and `}}` write literal braces. Values
 * are inserted as data and never re-scanned, so a commit message containing `{sha}` stays as is.
 */
export function renderTemplate(input: string, template: string, values: TemplateValues): string {
  return template.replace(TOKEN, (token: string, name: string | undefined, offset: number) => {
    if (token === '{{') return '{';
    if (token === '}}' || token === '}') return '}';
    if (name === undefined) throw loneBrace(input, template, offset);
    const key = name.trim();
    if (key.startsWith('inputs.')) {
      const value = values.inputs.get(key.slice('inputs.'.length));
      if (value !== undefined) return value;
      const known = [...values.inputs.keys()];
      throw new InputError(
        input,
        `unknown placeholder ${inert(`{${key}}`)}: ${
          known.length === 0
            ? 'this run has no workflow_dispatch inputs'
            : `the workflow_dispatch inputs are ${inert(known.join(', '))}`
        }.`,
      );
    }
    const value = values.fields.get(key);
    if (value !== undefined) return value;
    throw new InputError(
      input,
      `unknown placeholder ${inert(`{${key}}`)}; known: ${placeholderList(values.fields)} {inputs.NAME}. Write {{ and }} for literal braces.`,
    );
  });
}

/** `text` as a regular expression that matches exactly it. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A regular expression's source that matches what `template` renders to: the literal text as it
 * is, and each `{name}` (`{inputs.NAME}` included) as `placeholder(name)` makes it (a pattern).
 */
export function templatePattern(template: string, placeholder: (name: string) => string): string {
  let pattern = '';
  let last = 0;
  for (const match of template.matchAll(TOKEN)) {
    pattern += escapeRegExp(template.slice(last, match.index));
    const [token, name] = match;
    if (token === '{{' || token === '{') pattern += '\\{';
    else if (token === '}}' || token === '}') pattern += '\\}';
    else pattern += placeholder((name ?? '').trim());
    last = match.index + token.length;
  }
  return pattern + escapeRegExp(template.slice(last));
}
