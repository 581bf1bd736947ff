/**
 * Units of counting and cutting text as the service counts it (code-points): in Unicode code
 * points, the Smithy `length` trait, not in JavaScript's UTF-16 units.
 */
import { describe, expect, it } from 'vitest';
import { codePointLength, firstCodePoints } from '../src/runtime/code-points.js';
import { commitSubjectOf, MAX_COMMIT_SUBJECT } from '../src/parse/commit-message.js';

describe('code points', () => {
  it('counts an emoji (two UTF-16 units) as one', () => {
    expect(codePointLength('')).toBe(0);
    expect(codePointLength('abc')).toBe(3);
    expect(codePointLength('🚀'.repeat(6_500))).toBe(6_500);
    expect(codePointLength('a🚀b')).toBe(3);
  });

  it('cuts after whole code points, never inside a surrogate pair', () => {
    expect(firstCodePoints('🚀🚀🚀', 2)).toBe('🚀🚀');
    expect(firstCodePoints('a🚀b', 2)).toBe('a🚀');
    expect(firstCodePoints('abc', 5)).toBe('abc');
    expect(firstCodePoints('abc', 0)).toBe('');
  });

  it("cuts a commit's subject in code points: 200 emoji are kept whole", () => {
    const emoji = '🚀'.repeat(MAX_COMMIT_SUBJECT);
    expect(commitSubjectOf(emoji)).toBe(emoji);
    const cut = commitSubjectOf(`${emoji}🚀`);
    expect(codePointLength(cut)).toBe(MAX_COMMIT_SUBJECT);
    expect(cut.endsWith('🚀…')).toBe(true);
  });
});
