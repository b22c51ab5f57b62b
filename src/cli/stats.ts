import type { ESLint } from 'eslint';

/** Where the time went, summed over every file. */
export interface Stats {
  files: number;
  /** Parsing, which with type information includes building and updating the TypeScript program. */
  parse: number;
  rules: Map<string, number>;
  /** Re-linting fixed files and type-checking the project, with `--fix`. */
  verify: { lint: number; typeCheck: number } | undefined;
  /** The whole run, wall clock. */
  wall: number;
  /** The type-checker backends that built the programs (`classic`, `tsgo`). */
  backends: readonly string[];
}

/** Sums ESLint's per-file `stats` (present when ESLint runs with `stats: true`). */
export function collectStats(
  results: readonly ESLint.LintResult[],
  wall: number,
  verify?: Stats['verify'],
  backends: Iterable<string> = [],
): Stats {
  const stats: Stats = { files: results.length, parse: 0, rules: new Map(), verify, wall, backends: [...backends].sort() };
  for (const result of results) {
    for (const pass of result.stats?.times.passes ?? []) {
      stats.parse += pass.parse?.total ?? 0;
      for (const [rule, time] of Object.entries(pass.rules ?? {})) stats.rules.set(rule, (stats.rules.get(rule) ?? 0) + time.total);
    }
  }
  return stats;
}

/** A small table for stderr: parse/type-check time, then each rule, slowest first. */
export function formatStats(stats: Stats): string {
  const ms = (value: number): string => `${value.toFixed(0)} ms`;
  const rows: [string, string][] = [
    ['parse + type information', ms(stats.parse)],
    ...[...stats.rules.entries()].sort((a, b) => b[1] - a[1]).map(([rule, time]): [string, string] => [rule, ms(time)]),
    ...(stats.verify
      ? [
          ['verifying fixes: re-lint', ms(stats.verify.lint)] as [string, string],
          ['verifying fixes: type-check', ms(stats.verify.typeCheck)] as [string, string],
        ]
      : []),
    ['total (wall clock)', ms(stats.wall)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const valueWidth = Math.max(...rows.map(([, value]) => value.length));
  const backends = stats.backends.length === 0 ? '' : `, ${stats.backends.join(' and ')} backend${stats.backends.length === 1 ? '' : 's'}`;
  return `settle: ${stats.files} file${stats.files === 1 ? '' : 's'}${backends}\n${rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value.padStart(valueWidth)}`).join('\n')}\n`;
}
