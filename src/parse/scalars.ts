import { InputError, quoteInput } from '../runtime/errors.js';

const TRUE_VALUES = new Set(['true', 'True', 'TRUE']);
const FALSE_VALUES = new Set(['false', 'False', 'FALSE']);

/** An AWS region's name, such as us-east-1 or us-gov-west-1 (its form, not whether it exists). */
export function isRegionName(value: string): boolean {
  return /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/.test(value);
}

/** The YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts them. */
export function parseBoolean(input: string, value: string): boolean {
  const v = value.trim();
  if (TRUE_VALUES.has(v)) return true;
  if (FALSE_VALUES.has(v)) return false;
  throw new InputError(input, `${quoteInput(value)} is not a boolean; use true or false.`);
}

export function parseInteger(input: string, value: string, min: number, max: number): number {
  const v = value.trim();
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
    throw new InputError(
      input,
      `${quoteInput(value)} is not accepted; use a whole number from ${min} to ${max}.`,
    );
  }
  return Number(v);
}

export function parseChoice<T extends string>(
  input: string,
  value: string,
  choices: readonly T[],
): T {
  const v = value.trim();
  const match = choices.find((choice) => choice.toLowerCase() === v.toLowerCase());
  if (match === undefined) {
    throw new InputError(
      input,
      `${quoteInput(value)} is not accepted; use one of: ${choices.join(', ')}.`,
    );
  }
  return match;
}
