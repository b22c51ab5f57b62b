// expect: none
// The signal reaches execFile, the timers/promises delay and pipeline, so cancelling the run stops every stage.
import { execFile } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { setTimeout as delay } from 'node:timers/promises';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface StockRow {
  ndc: string;
  name: string;
  onHand: number;
  reorderPoint: number;
  branch: string;
}

export interface ReportJob {
  branch: string;
  outPath: string;
  signal: AbortSignal;
}

async function exportInventory(branch: string, signal: AbortSignal): Promise<StockRow[]> {
  const { stdout } = await execFileAsync('/opt/pharmasys/bin/inv-export', ['--branch', branch, '--format', 'json'], {
    signal,
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout) as StockRow[];
}

function lowStock(rows: StockRow[]): StockRow[] {
  return rows
    .filter((r) => r.onHand <= r.reorderPoint)
    .sort((a, b) => a.onHand / Math.max(a.reorderPoint, 1) - b.onHand / Math.max(b.reorderPoint, 1));
}

function* toCsv(rows: StockRow[]): Generator<string> {
  yield 'ndc,name,on_hand,reorder_point,branch\n';
  for (const r of rows) {
    const name = `"${r.name.replace(/"/g, '""')}"`;
    yield `${r.ndc},${name},${r.onHand},${r.reorderPoint},${r.branch}\n`;
  }
}

export async function buildLowStockReport(job: ReportJob): Promise<number> {
  let rows: StockRow[] | undefined;
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      rows = await exportInventory(job.branch, job.signal);
      break;
    } catch (err) {
      if (job.signal.aborted || attempt === 3) throw err;
      // the export tool holds a lock on the branch db; give it a moment
      await delay(attempt * 1_000, undefined, { signal: job.signal });
    }
  }

  const flagged = lowStock(rows ?? []);
  await pipeline(Readable.from(toCsv(flagged)), createWriteStream(job.outPath), { signal: job.signal });
  return flagged.length;
}

export async function runNightly(branches: string[], outDir: string, signal: AbortSignal): Promise<Record<string, number>> {
  const summary: Record<string, number> = {};
  for (const branch of branches) {
    summary[branch] = await buildLowStockReport({
      branch,
      outPath: `${outDir}/low-stock-${branch}.csv`,
      signal,
    });
  }
  return summary;
}
