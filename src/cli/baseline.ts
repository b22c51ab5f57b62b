import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { UsageError } from './args.js';
import { writeFileAtomic } from './write.js';

/** One known finding in a baseline file. */
export interface BaselineEntry {
  rule: string;
  fingerprint: string;
  /** How many identical findings (same rule, function and source) the file has; omitted when 1. */
  count?: number;
  /** The reported source, for people reviewing the baseline (not used for matching). */
  snippet?: string;
}

/** The committed baseline: known findings per file, files relative to the baseline's directory. */
export interface Baseline {
  version: 1;
  files: Record<string, BaselineEntry[]>;
}

/** A finding as the baseline sees it. */
export interface BaselineFinding {
  /** The file relative to the baseline's directory, `/`-separated. */
  file: string;
  rule: string;
  fingerprint: string;
  snippet: string;
}

/** The outcome of comparing a run with a baseline. */
export interface BaselineComparison {
  /** For each finding passed in, whether the baseline knows it. */
  known: boolean[];
  /** Baseline entries no finding matched any more (fixed, or their file was deleted). */
  removable: number;
}

/** Reads a baseline file; a missing or malformed one is a {@link UsageError}. */
export function readBaseline(file: string, shown: string): Baseline {
  if (!existsSync(file)) throw new UsageError(`baseline not found: ${shown} (create it with --update-baseline)`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`${shown} is not valid JSON: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  const files = (data as { version?: unknown; files?: unknown } | null)?.files;
  if ((data as { version?: unknown }).version !== 1 || typeof files !== 'object' || files === null || Array.isArray(files)) {
    throw new UsageError(`${shown} is not a settle baseline (expected {"version": 1, "files": {...}})`);
  }
  return data as Baseline;
}

/**
 * Matches findings against the baseline: each entry absorbs up to `count` findings with the same
 * file, rule and fingerprint. Entries of `lintedFiles` left over, and entries of files that no
 * longer exist, are removable.
 */
export function compareWithBaseline(
  baseline: Baseline,
  baseDir: string,
  findings: readonly BaselineFinding[],
  lintedFiles: ReadonlySet<string>,
): BaselineComparison {
  const available = new Map<string, number>();
  for (const [file, entries] of Object.entries(baseline.files)) {
    for (const entry of entries) {
      const key = keyOf(file, entry.rule, entry.fingerprint);
      available.set(key, (available.get(key) ?? 0) + (entry.count ?? 1));
    }
  }
  const known = findings.map((finding) => {
    const key = keyOf(finding.file, finding.rule, finding.fingerprint);
    const left = available.get(key) ?? 0;
    if (left > 0) available.set(key, left - 1);
    return left > 0;
  });
  let removable = 0;
  for (const [file, entries] of Object.entries(baseline.files)) {
    if (!lintedFiles.has(file) && existsSync(path.resolve(baseDir, file))) continue;
    for (const entry of entries) {
      const key = keyOf(file, entry.rule, entry.fingerprint);
      const left = available.get(key) ?? 0;
      removable += left;
      available.set(key, 0);
    }
  }
  return { known, removable };
}

/**
 * The baseline after this run: the files linted now get exactly their current findings; entries
 * of other files are kept while the file exists (a run over some paths or one shard updates only
 * its own part).
 */
export function updatedBaseline(
  previous: Baseline | undefined,
  baseDir: string,
  findings: readonly BaselineFinding[],
  lintedFiles: ReadonlySet<string>,
): Baseline {
  const files = new Map<string, Map<string, BaselineEntry>>();
  for (const [file, entries] of Object.entries(previous?.files ?? {})) {
    if (lintedFiles.has(file) || !existsSync(path.resolve(baseDir, file))) continue;
    files.set(file, new Map(entries.map((entry) => [`${entry.rule}\0${entry.fingerprint}`, { ...entry }])));
  }
  for (const finding of findings) {
    const entries = files.get(finding.file) ?? new Map<string, BaselineEntry>();
    files.set(finding.file, entries);
    const key = `${finding.rule}\0${finding.fingerprint}`;
    const entry = entries.get(key);
    if (entry) entry.count = (entry.count ?? 1) + 1;
    else entries.set(key, { rule: finding.rule, fingerprint: finding.fingerprint, snippet: shorten(finding.snippet) });
  }
  const sorted = [...files.keys()].sort();
  return {
    version: 1,
    files: Object.fromEntries(
      sorted.map((file) => [
        file,
        [...files.get(file)!.values()]
          .sort((a, b) => a.rule.localeCompare(b.rule) || a.fingerprint.localeCompare(b.fingerprint))
          .map(ordered),
      ]),
    ),
  };
}

/** Writes the baseline atomically, formatted for readable diffs. */
export function writeBaseline(file: string, baseline: Baseline): void {
  writeFileAtomic(file, `${JSON.stringify(baseline, null, 2)}\n`);
}

/** How many findings a baseline holds. */
export function baselineSize(baseline: Baseline): number {
  return Object.values(baseline.files).reduce((sum, entries) => sum + entries.reduce((n, entry) => n + (entry.count ?? 1), 0), 0);
}

function keyOf(file: string, rule: string, fingerprint: string): string {
  return `${file}\0${rule}\0${fingerprint}`;
}

function shorten(snippet: string): string {
  return snippet.length > 80 ? `${snippet.slice(0, 77)}...` : snippet;
}

function ordered(entry: BaselineEntry): BaselineEntry {
  return {
    rule: entry.rule,
    fingerprint: entry.fingerprint,
    ...(entry.count !== undefined && entry.count > 1 ? { count: entry.count } : {}),
    ...(entry.snippet !== undefined ? { snippet: entry.snippet } : {}),
  };
}
