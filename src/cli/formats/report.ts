import type { ESLint, Linter } from 'eslint';

import type { FixReport } from '../fix-report.js';

/** What a formatter gets: the findings to show and what it needs to describe them. */
export interface Report {
  /** One result per linted file, holding only the findings to report (baselined ones removed). */
  results: readonly ESLint.LintResult[];
  /** A line-shift-stable fingerprint for every message in `results`. */
  fingerprints: ReadonlyMap<Linter.LintMessage, string>;
  /** The text of each file the messages point into (after fixes). */
  sources: ReadonlyMap<string, string>;
  /** The directory paths are shown relative to. */
  cwd: string;
  /** Whether a baseline filtered the findings (SARIF marks the rest as new). */
  baseline: boolean;
  color: boolean;
  /** With `--fix`: the edits applied and those refused. */
  fixes?: FixReport;
}

/** Turns a report into the text written to stdout or `--output-file`. */
export type Formatter = (report: Report) => string;
