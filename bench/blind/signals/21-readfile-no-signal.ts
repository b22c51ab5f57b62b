// expect: require-signal-propagation
// The report generator has opts.signal and passes it to the upload, but reads the large CSV export with readFile without it, so an abort does not stop the read.

import { readFile } from "node:fs/promises";

export interface ReportOptions {
  csvPath: string;
  signal: AbortSignal;
}

declare class ReportStore {
  put(key: string, body: string, opts?: { signal?: AbortSignal }): Promise<void>;
}

function summarize(csv: string): string {
  const rows = csv.split("\n").filter(Boolean).slice(1);
  const total = rows.reduce((sum, row) => sum + Number(row.split(",")[3] ?? 0), 0);
  return JSON.stringify({ rows: rows.length, total });
}

export async function buildRevenueReport(store: ReportStore, opts: ReportOptions): Promise<string> {
  const csv = await readFile(opts.csvPath, "utf8");
  const summary = summarize(csv);
  const key = `reports/revenue-${Date.now()}.json`;
  await store.put(key, summary, { signal: opts.signal });
  return key;
}
