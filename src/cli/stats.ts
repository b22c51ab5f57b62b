import type { ESLint } from 'eslint';

import type { ProjectRun } from './pool.js';
import { relativePath } from './project.js';

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

/** One project's row in `--stats`. */
export interface ProjectStats {
  /** The tsconfig, relative to the working directory. */
  name: string;
  files: number;
  parse: number;
  /** All rules together. */
  rules: number;
  wall: number;
  peakRssMiB: number;
}

/** A project's row from its run. */
export function projectStats(run: ProjectRun, cwd: string): ProjectStats {
  const stats = collectStats(run.outcome.results, run.wall);
  return {
    name: relativePath(cwd, run.tsconfig),
    files: run.files,
    parse: stats.parse,
    rules: [...stats.rules.values()].reduce((sum, time) => sum + time, 0),
    wall: run.wall,
    peakRssMiB: run.peakRssMiB,
  };
}

/**
 * A small table for stderr: parse/type-check time, then each rule, slowest first; with several
 * projects, then one row per project (how many ran at once, and each one's peak memory).
 */
export function formatStats(stats: Stats, perProject?: { workers: number; projects: readonly ProjectStats[] }): string {
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
  const summary = `settle: ${stats.files} file${stats.files === 1 ? '' : 's'}${backends}\n${rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value.padStart(valueWidth)}`).join('\n')}\n`;
  return perProject === undefined ? summary : summary + formatProjects(perProject.workers, perProject.projects);
}

function formatProjects(workers: number, projects: readonly ProjectStats[]): string {
  const ms = (value: number): string => `${value.toFixed(0)} ms`;
  const header = ['project', 'files', 'parse + types', 'rules', 'wall clock', 'peak RSS'];
  const rows = projects.map((project) => [
    project.name,
    String(project.files),
    ms(project.parse),
    ms(project.rules),
    ms(project.wall),
    `${project.peakRssMiB} MiB`,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (row: readonly string[]): string =>
    `  ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')}`;
  const title = `settle: ${projects.length} projects, ${workers} at a time in child processes\n`;
  return `${title}${[header, ...rows].map(line).join('\n')}\n`;
}
