import type { Env } from './env.js';

/**
 * Targets written at once. Incident Manager's per-account request quotas are not published; ten
 * is the default `max-incidents`, so a default run writes every target in one round, and each
 * target makes at most four calls one after another. A throttled call backs off on its own (the
 * SDK's standard retries), and side by side makes no more requests than one after another
 * (`npm run bench` measures it). INCIDENT_TIMELINE_PARALLEL_TARGETS
 * lowers it (1 writes one target after another), for accounts that share a tight quota.
 */
export const MAX_PARALLEL_TARGETS = 10;

export function parallelTargets(env: Env) {
  const n = Number(env.INCIDENT_TIMELINE_PARALLEL_TARGETS);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, MAX_PARALLEL_TARGETS) : MAX_PARALLEL_TARGETS;
}

/**
 * Runs `work` on every item with at most `limit` in flight and resolves the results in the order
 * of the items. `onDone` is called in item order too, as soon as an item and all before it are
 * done, so that what it prints reads in order while later items still run. `work` must not throw.
 */
export async function mapInOrder<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
  onDone: (result: R, index: number) => void = () => undefined,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  const done = new Array<boolean>(items.length).fill(false);
  let next = 0;
  let reported = 0;
  const report = () => {
    while (reported < items.length && done[reported]) {
      onDone(results[reported] as R, reported);
      reported += 1;
    }
  };
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T, index);
      done[index] = true;
      report();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
