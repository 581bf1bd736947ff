/**
 * Tests assert what a message must carry (the input's name, the accepted values, the operation
 * and IAM action, the next step), not its sentence letter for letter: a better wording then
 * changes no test. `parts` are substrings, or patterns for what a substring cannot say.
 */
import { expect } from 'vitest';

export function expectCarries(message: string | undefined, parts: (string | RegExp)[]): void {
  expect(message, 'no message').toBeTypeOf('string');
  for (const part of parts) {
    if (typeof part === 'string') expect(message).toContain(part);
    else expect(message).toMatch(part);
  }
}
