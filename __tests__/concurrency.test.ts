/**
 * Units of writing targets side by side (concurrency): how many at once, and results and reports
 * in the order of the targets whatever order they finish in.
 */
import { describe, expect, it } from 'vitest';
import { MAX_PARALLEL_TARGETS, mapInOrder, parallelTargets } from '../src/runtime/concurrency.js';

describe('parallelTargets', () => {
  it('is ten without INCIDENT_TIMELINE_PARALLEL_TARGETS', () => {
    expect(MAX_PARALLEL_TARGETS).toBe(10);
    expect(parallelTargets({})).toBe(10);
  });

  it.each([
    ['1', 1],
    ['4', 4],
    ['10', 10],
    ['11', 10],
    ['500', 10],
  ])('takes %j as %i', (value, expected) => {
    expect(parallelTargets({ INCIDENT_TIMELINE_PARALLEL_TARGETS: value })).toBe(expected);
  });

  it.each(['0', '-3', '2.5', 'many', ''])('ignores %j', (value) => {
    expect(parallelTargets({ INCIDENT_TIMELINE_PARALLEL_TARGETS: value })).toBe(10);
  });
});

/** A promise and the functions that settle it, to finish work items in a chosen order. */
function gate<T>() {
  let open!: (value: T) => void;
  const promise = new Promise<T>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('mapInOrder', () => {
  it('keeps at most the limit in flight and starts the next item as one finishes', async () => {
    const gates = [0, 1, 2, 3, 4].map(() => gate<string>());
    const started: number[] = [];
    let inFlight = 0;
    let most = 0;
    const all = mapInOrder([0, 1, 2, 3, 4], 2, async (item, index) => {
      expect(index).toBe(item);
      started.push(item);
      inFlight += 1;
      most = Math.max(most, inFlight);
      const value = await gates[item]!.promise;
      inFlight -= 1;
      return value;
    });
    await tick();
    expect(started).toEqual([0, 1]);
    gates[1]!.open('b');
    await tick();
    expect(started).toEqual([0, 1, 2]);
    gates[0]!.open('a');
    await tick();
    expect(started).toEqual([0, 1, 2, 3]);
    gates[3]!.open('d');
    gates[2]!.open('c');
    gates[4]!.open('e');
    expect(await all).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(most).toBe(2);
  });

  it('reports each result in item order, as soon as it and every one before it are done', async () => {
    const gates = [0, 1, 2].map(() => gate<string>());
    const reported: Array<[string, number]> = [];
    const all = mapInOrder(
      ['x', 'y', 'z'],
      3,
      (_item, index) => gates[index]!.promise,
      (result, index) => reported.push([result, index]),
    );
    gates[2]!.open('Z');
    gates[1]!.open('Y');
    await tick();
    expect(reported).toEqual([]);
    gates[0]!.open('X');
    await tick();
    expect(reported).toEqual([
      ['X', 0],
      ['Y', 1],
      ['Z', 2],
    ]);
    expect(await all).toEqual(['X', 'Y', 'Z']);
  });

  it('reports an earlier item before a later one is done', async () => {
    const gates = [0, 1].map(() => gate<number>());
    const reported: number[] = [];
    const all = mapInOrder(
      [0, 1],
      2,
      (item) => gates[item]!.promise,
      (result) => reported.push(result),
    );
    gates[0]!.open(10);
    await tick();
    expect(reported).toEqual([10]);
    gates[1]!.open(11);
    await all;
    expect(reported).toEqual([10, 11]);
  });

  it('starts no more workers than items, and none for no items', async () => {
    let calls = 0;
    expect(
      await mapInOrder([7], 10, async (n) => {
        calls += 1;
        return n * 2;
      }),
    ).toEqual([14]);
    expect(calls).toBe(1);
    expect(await mapInOrder([], 3, async () => 1)).toEqual([]);
  });

  it('writes one item after another with a limit of one', async () => {
    const order: string[] = [];
    await mapInOrder(['a', 'b', 'c'], 1, async (item) => {
      order.push(`start ${item}`);
      await tick();
      order.push(`end ${item}`);
    });
    expect(order).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });
});
