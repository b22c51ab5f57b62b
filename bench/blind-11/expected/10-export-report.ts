// expect: none
// Independent loads are started early and awaited later once each; the status poll loop assigns a fresh getExportStatus() promise before every re-await.
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';

interface ExportStatus {
  state: 'queued' | 'running' | 'done' | 'error';
  progress: number;
  downloadUrl?: string;
  error?: string;
}

interface ReportConfig {
  tables: string[];
  format: 'csv' | 'parquet';
}

declare const warehouse: {
  startExport(sql: string, format: ReportConfig['format']): Promise<{ exportId: string }>;
  getExportStatus(exportId: string): Promise<ExportStatus>;
};

declare function loadReportConfig(name: string): Promise<ReportConfig>;
declare function loadColumnAllowlist(tables: string[] | 'all'): Promise<Map<string, string[]>>;

function buildSql(config: ReportConfig, allowlist: Map<string, string[]>): string {
  return config.tables
    .map((table) => {
      const cols = allowlist.get(table) ?? ['*'];
      return `SELECT ${cols.join(', ')} FROM ${table}`;
    })
    .join('\nUNION ALL\n');
}

async function waitForExport(exportId: string, timeoutMs: number, signal?: AbortSignal): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let pending = warehouse.getExportStatus(exportId);

  while (Date.now() < deadline) {
    const status = await pending;
    if (status.state === 'done' && status.downloadUrl) return status.downloadUrl;
    if (status.state === 'error') throw new Error(`export ${exportId} failed: ${status.error ?? 'unknown'}`);

    process.stderr.write(`\rexport ${exportId}: ${status.state} ${Math.round(status.progress * 100)}%`);
    await sleep(2_000, undefined, { signal });
    pending = warehouse.getExportStatus(exportId);
  }
  throw new Error(`export ${exportId} timed out`);
}

export async function exportReport(name: string, outFile: string, signal?: AbortSignal): Promise<void> {
  // both lookups are independent, so kick them off together
  const configPromise = loadReportConfig(name);
  const allowlistPromise = loadColumnAllowlist('all');

  const config = await configPromise;
  if (config.tables.length === 0) {
    // still settle the allowlist lookup so a rejection isn't left unhandled
    await allowlistPromise.catch(() => undefined);
    throw new Error(`report ${name} has no tables configured`);
  }
  const allowlist = await allowlistPromise;

  const { exportId } = await warehouse.startExport(buildSql(config, allowlist), config.format);
  const url = await waitForExport(exportId, 15 * 60_000, signal);

  const res = await fetch(url, { signal });
  if (!res.ok || !res.body) throw new Error(`download failed with ${res.status}`);
  await pipeline(Readable.fromWeb(res.body as import('node:stream/web').ReadableStream), createWriteStream(outFile));
  process.stderr.write(`\nwrote ${outFile}\n`);
}
