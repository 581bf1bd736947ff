/**
 * Units of an event's references (event-references): the ones known before any call, the count
 * checked before any write, what of an answer's references is kept, and an update's merge.
 */
import type { EventReference as WireReference } from '@aws-sdk/client-ssm-incidents';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/runtime/errors.js';
import {
  checkReferenceCount,
  mergeReferences,
  staticReferences,
  TooManyReferencesError,
  wellFormed,
} from '../src/write/event-references.js';
import { expectCarries } from './carries.js';

const INCIDENT =
  'arn:aws:ssm-incidents::111122223333:incident-record/shop-outage/6cc8ec2a-1f6b-4d2a-9a44-0ac1e3b2a001';
const PIPELINE = 'arn:aws:codepipeline:us-east-1:111122223333:shop';
const BUILD = 'arn:aws:codebuild:us-east-1:111122223333:build/shop:1';
const ITEM = `related-item/OTHER/${'A'.repeat(32)}`;
const ITEM_2 = `related-item/METRIC/${'B'.repeat(32)}`;
const arn = (n: number) => `arn:aws:s3:::bucket-${n}`;

const noInputs = { references: [], links: [], pipelineArn: '', linkCommit: false };
const noFacts = { codeBuildArn: '', commitUrl: '' };

describe('staticReferences', () => {
  it('takes the inputs, the pipeline, the build and, for a Note, the incident, each once', () => {
    expect(
      staticReferences(
        { references: [{ resource: PIPELINE }, { relatedItemId: ITEM }], pipelineArn: PIPELINE },
        { codeBuildArn: BUILD },
        INCIDENT,
        true,
      ),
    ).toEqual([
      { resource: PIPELINE },
      { relatedItemId: ITEM },
      { resource: BUILD },
      { resource: INCIDENT },
    ]);
  });

  it('leaves out what is not set, the incident of an event that is not a Note, and a build that is no ARN', () => {
    expect(
      staticReferences(
        { references: [], pipelineArn: '' },
        { codeBuildArn: 'build-1' },
        INCIDENT,
        false,
      ),
    ).toEqual([]);
  });
});

const ten9 = () => Array.from({ length: 9 }, (_, i) => ({ resource: arn(i) }));

describe('checkReferenceCount', () => {
  const ten = Array.from({ length: 10 }, (_, i) => ({ resource: arn(i) }));

  it('accepts ten references', () => {
    expect(() =>
      checkReferenceCount({ ...noInputs, references: ten }, noFacts, false),
    ).not.toThrow();
  });

  it('refuses eleven, naming where each came from', () => {
    let error: unknown;
    try {
      checkReferenceCount(
        {
          references: ten.slice(0, 6),
          links: [{ url: 'https://example.com/a', title: '' }],
          pipelineArn: PIPELINE,
          linkCommit: true,
        },
        { codeBuildArn: BUILD, commitUrl: 'https://github.com/acme/shop/commit/1' },
        true,
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    // Each source of a reference counted, the limit, and the way out.
    expectCarries((error as Error).message, [
      /^Input 'references': /,
      '11 references',
      'references: 7',
      'pipeline-arn: 1',
      'CODEBUILD_BUILD_ARN: 1',
      'the incident itself for a Note: 1',
      'link-commit: 1',
      'at most 10',
      'link-commit: false',
    ]);
  });

  it('counts the commit only when link-commit is on and there is a commit', () => {
    const nine = { ...noInputs, references: ten.slice(0, 9) };
    const commit = { codeBuildArn: '', commitUrl: 'https://github.com/acme/shop/commit/1' };
    expect(() => checkReferenceCount({ ...nine, linkCommit: true }, commit, false)).not.toThrow();
    expect(() => checkReferenceCount({ ...nine, linkCommit: false }, commit, true)).not.toThrow();
    expect(() => checkReferenceCount({ ...nine, linkCommit: true }, noFacts, true)).not.toThrow();
    expect(() => checkReferenceCount({ ...nine, linkCommit: true }, commit, true)).toThrow(
      /would have 11 references \(references: 9, the incident itself for a Note: 1, link-commit: 1\)/,
    );
  });

  it('names link-commit among the origins only when it is on and there is a commit', () => {
    const eleven = { ...noInputs, references: [...ten, { resource: PIPELINE }] };
    const origins = (linkCommit: boolean, commitUrl: string) => {
      try {
        checkReferenceCount({ ...eleven, linkCommit }, { codeBuildArn: '', commitUrl }, false);
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error('expected a refusal');
    };
    expect(origins(false, 'https://github.com/acme/shop/commit/1')).toContain(
      'would have 11 references (references: 11);',
    );
    expect(origins(true, '')).toContain('would have 11 references (references: 11);');
  });

  it('counts the links of references', () => {
    const links = [1, 2].map((n) => ({ url: `https://example.com/${n}`, title: '' }));
    expect(() =>
      checkReferenceCount({ ...noInputs, references: ten.slice(0, 9), links }, noFacts, false),
    ).toThrow(/would have 11 references \(references: 11\)/);
  });
});

describe('checkReferenceCount, a references URL that is the commit', () => {
  it('counts it once: it is one related item and one reference', () => {
    const commitUrl = 'https://github.com/acme/shop/commit/1';
    const nine = { ...noInputs, references: ten9(), linkCommit: true };
    const links = [{ url: commitUrl, title: 'This deploy' }];
    expect(() =>
      checkReferenceCount({ ...nine, links }, { codeBuildArn: '', commitUrl }, false),
    ).not.toThrow();
  });
});

describe('wellFormed', () => {
  it('keeps a resource ARN or a related item ID, set alone', () => {
    expect(wellFormed([{ resource: PIPELINE }, { relatedItemId: ITEM }])).toEqual([
      { resource: PIPELINE },
      { relatedItemId: ITEM },
    ]);
  });

  it('leaves out both set, neither set, and values of the wrong form', () => {
    expect(
      wellFormed([
        { resource: PIPELINE, relatedItemId: ITEM },
        {},
        { resource: 'not an arn' },
        { relatedItemId: 'related-item/OTHER/abc' },
        { resource: 5 as unknown as string },
        { relatedItemId: ITEM, resource: undefined },
        { relatedItemId: [ITEM] as unknown as string },
      ] as WireReference[]),
    ).toEqual([{ relatedItemId: ITEM }]);
  });

  it('takes no references as none', () => {
    expect(wellFormed(undefined)).toEqual([]);
  });
});

describe('mergeReferences', () => {
  it('keeps the event’s own first, then adds the new ones not already there', () => {
    expect(
      mergeReferences(
        [{ resource: PIPELINE }],
        [{ resource: PIPELINE }, { relatedItemId: ITEM }],
        'e1',
      ),
    ).toEqual([{ resource: PIPELINE }, { relatedItemId: ITEM }]);
  });

  it('leaves the references alone when nothing is added', () => {
    expect(
      mergeReferences(
        [{ resource: PIPELINE }, { relatedItemId: ITEM }],
        [{ relatedItemId: ITEM }],
        'e1',
      ),
    ).toBeUndefined();
    expect(mergeReferences([], [], 'e1')).toBeUndefined();
  });

  it('accepts ten in all, pending ones included', () => {
    const existing = Array.from({ length: 8 }, (_, i) => ({ resource: arn(i) }));
    expect(mergeReferences(existing, [{ relatedItemId: ITEM }], 'e1', 1)).toHaveLength(9);
  });

  it('refuses more than ten in all, counting the pending ones', () => {
    const existing = Array.from({ length: 8 }, (_, i) => ({ resource: arn(i) }));
    let error: unknown;
    try {
      mergeReferences(existing, [{ relatedItemId: ITEM }, { relatedItemId: ITEM_2 }], 'e1', 1);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TooManyReferencesError);
    expect((error as Error).name).toBe('TooManyReferencesError');
    expectCarries((error as Error).message, [
      'event e1 has 8 references',
      'adds 3, 11 in all',
      'at most 10',
      'Nothing was written',
      'references or pipeline-arn',
      'link-commit: false',
    ]);
  });
});
