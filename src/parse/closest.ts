/**
 * The names nearest a mistyped one: the response plans a search names (find/response-plan-check),
 * the command's options and subcommands (command/options). Lists of a few dozen short names.
 */

/** Edit distance, case-insensitive: how far a mistyped name is from each existing one. */
export function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const substitution = (previous[j - 1] as number) + (x[i - 1] === y[j - 1] ? 0 : 1);
      current.push(
        Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution),
      );
    }
    previous = current;
  }
  return previous[y.length] as number;
}

/** The existing names closest to `name`, nearest first (at most `count`). */
export function closestNames(name: string, names: Iterable<string>, count = 3): string[] {
  return [...new Set(names)]
    .map((candidate) => ({ candidate, distance: editDistance(name, candidate) }))
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, count)
    .map((entry) => entry.candidate);
}

/** The known name closest to `name`, or undefined when none is close (more than a third differs). */
export function closest(name: string, known: Iterable<string>): string | undefined {
  const [best] = closestNames(name, known, 1);
  if (best === undefined) return undefined;
  return editDistance(name, best) <= Math.max(2, Math.ceil(name.length / 3)) ? best : undefined;
}
