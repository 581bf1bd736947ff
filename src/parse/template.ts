import { InputError } from '../errors.js';

/** Values a template may name; `inputs` holds the `workflow_dispatch` inputs for `{inputs.NAME}`. */
export interface TemplateValues {
  fields: Readonly<Record<string, string>>;
  inputs: Readonly<Record<string, string>>;
}

const TOKEN = /\{\{|\}\}|\{([^{}]*)\}|[{}]/g;

/**
 * Replaces `{name}` and `{inputs.NAME}` placeholders; `{{` and `}}` write literal braces. Values
 * are inserted as data and never re-scanned, so a commit message containing `{sha}` stays as is.
 */
export function renderTemplate(input: string, template: string, values: TemplateValues): string {
  return template.replace(TOKEN, (token: string, name: string | undefined, offset: number) => {
    if (token === '{{') return '{';
    if (token === '}}') return '}';
    if (token === '}') return '}';
    if (name === undefined) {
      throw new InputError(
        input,
        `unclosed '{' at character ${offset + 1}; write {{ and }} for literal braces.`,
      );
    }
    const key = name.trim();
    if (key.startsWith('inputs.')) {
      const inputName = key.slice('inputs.'.length);
      const value = values.inputs[inputName];
      if (value !== undefined) return value;
      const known = Object.keys(values.inputs);
      throw new InputError(
        input,
        `unknown placeholder {${key}}: ${
          known.length === 0
            ? 'this run has no workflow_dispatch inputs'
            : `the workflow_dispatch inputs are ${known.join(', ')}`
        }.`,
      );
    }
    const value = values.fields[key];
    if (value !== undefined) return value;
    throw new InputError(
      input,
      `unknown placeholder {${key}}; known: ${Object.keys(values.fields)
        .map((k) => `{${k}}`)
        .join(' ')} {inputs.NAME}. Write {{ and }} for literal braces.`,
    );
  });
}
