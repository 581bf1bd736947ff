/**
 * Units of what identifies an event's text across tries of one step (render's textIdentity): the
 * text without the commit's subject, which the idempotency token hashes, and the test that an
 * event's data is this text with any subject or none.
 */
import { describe, expect, it } from 'vitest';
import { collectFacts } from '../src/read/facts.js';
import { MAX_COMMIT_SUBJECT } from '../src/parse/commit-message.js';
import { renderEventText, textIdentity, type RenderContext } from '../src/text/render.js';

const facts = collectFacts(
  {},
  {
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: '1a2b3c4d5e6f70811a2b3c4d5e6f70811a2b3c4d',
    GITHUB_REF_NAME: 'main',
    GITHUB_ACTOR: 'octocat',
  },
);
const context: RenderContext = { status: 'started', environment: 'production' };

/** The wire form of a template rendered with a subject. */
function wire(template: string, subject: string, encoding: 'json-string' | 'raw' = 'json-string') {
  const { text } = renderEventText(
    { eventDataTemplate: template },
    { ...facts, commitSubject: subject },
    context,
  );
  return encoding === 'json-string' ? JSON.stringify(text) : text;
}

describe('textIdentity', () => {
  it.each([
    ['the default message', ''],
    ['a template with {commit_subject}', '{short_sha} {commit_subject} ({status})'],
    ['a template with it twice', '{commit_subject}: {short_sha}, {commit_subject}'],
  ])('%s: the same identity with any subject or none', (_, template) => {
    const identity = textIdentity(
      { eventDataTemplate: template, encoding: 'json-string' },
      { ...facts, commitSubject: 'from the payload' },
      context,
    );
    expect(identity.withoutSubject).toBe(wire(template, ''));
    for (const subject of ['', 'Fix "quotes" \\ and \\u001b', '🚀'.repeat(MAX_COMMIT_SUBJECT)]) {
      expect(identity.matches(wire(template, subject))).toBe(true);
    }
  });

  it('tells another text apart, and the same subject must fill every place it is used', () => {
    const template = '{commit_subject}: {short_sha}, {commit_subject}';
    const identity = textIdentity({ eventDataTemplate: template, encoding: 'raw' }, facts, context);
    expect(identity.matches('Fix: 1a2b3c4, Fix')).toBe(true);
    expect(identity.matches('Fix: 1a2b3c4, Other')).toBe(false);
    expect(identity.matches('Fix: ffffff0, Fix')).toBe(false);
    expect(identity.matches(wire('{short_sha} {status}', ''))).toBe(false);
  });

  it('a text without the subject is its own identity, matched exactly', () => {
    const identity = textIdentity(
      { eventDataTemplate: 'Deployed {short_sha}', encoding: 'raw' },
      facts,
      context,
    );
    expect(identity.withoutSubject).toBe('Deployed 1a2b3c4');
    expect(identity.matches('Deployed 1a2b3c4')).toBe(true);
    expect(identity.matches('Deployed 1a2b3c4 ')).toBe(false);
  });

  it('regular expression characters in the text are text', () => {
    const identity = textIdentity(
      { eventDataTemplate: '(a+)* [x] {commit_subject} $1 ^', encoding: 'raw' },
      facts,
      context,
    );
    expect(identity.matches('(a+)* [x] Fix $1 ^')).toBe(true);
    expect(identity.matches('aaa [x] Fix $1 ^')).toBe(false);
  });
});
