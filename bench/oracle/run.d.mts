/** A failure observed when a generated program ran, attributed to the unit that caused it. */
export interface Failure {
  kind: 'unhandled' | 'hang' | 'abort' | 'crash';
  unit: number | null;
  message?: string;
}

/** What `runOracle` measured. */
export interface OracleReport {
  count: number;
  seed: number;
  schedules: number;
  executeMs: number;
  lintMs: number;
  programs: number;
  byPattern: Record<string, { units: number; flagged: number; failed: number; flaggedAndFailed: number }>;
  failingPrograms: number;
  recall: Record<'unhandled' | 'hang' | 'abort', { failing: number; flagged: number }>;
  precision: {
    flaggedPrograms: number;
    confirmedPrograms: number;
    byRule: Record<string, { findings: number; confirmed: number }>;
  };
  unattributed: (Failure & { file: string })[];
  misses: {
    kind: string;
    file: string;
    source: string;
    failures: Failure[];
    findings: { rule: string; line: number; unit: number | null }[];
  }[];
  falseAlarms: { rule: string; line: number; file: string; source: string }[];
  missCount: number;
}

/** Generates, executes and lints `count` programs; resolves to the report. */
export function runOracle(options?: { count?: number; seed?: number; schedules?: number; concurrency?: number }): Promise<OracleReport>;

/** The report as a table. */
export function formatReport(report: OracleReport): string;
