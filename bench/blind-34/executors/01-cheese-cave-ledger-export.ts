// expect: no-multiple-settle
// execFile callback rejects on error but falls through to resolve() because there is no return after reject.
import { execFile } from "node:child_process";
import { join } from "node:path";

export interface WheelRecord {
  wheelId: string;
  batch: string;
  shelf: number;
  daysAged: number;
  rindScore: number;
}

export interface ExportOptions {
  caveId: string;
  toolDir: string;
  minDays?: number;
}

declare const caveMetrics: {
  increment(name: string, tags?: Record<string, string>): void;
};

const LEDGER_TOOL = "cave-ledger";

function parseLedgerLine(line: string): WheelRecord | null {
  const parts = line.split("\t");
  if (parts.length < 5) return null;
  const [wheelId, batch, shelf, daysAged, rindScore] = parts;
  const shelfNo = Number.parseInt(shelf, 10);
  const days = Number.parseInt(daysAged, 10);
  const score = Number.parseFloat(rindScore);
  if (!Number.isFinite(shelfNo) || !Number.isFinite(days)) return null;
  return { wheelId, batch, shelf: shelfNo, daysAged: days, rindScore: score };
}

function runLedgerTool(opts: ExportOptions): Promise<string> {
  const bin = join(opts.toolDir, LEDGER_TOOL);
  const args = ["export", "--cave", opts.caveId, "--format", "tsv"];
  return new Promise<string>((resolve, reject) => {
    execFile(bin, args, { maxBuffer: 8 * 1024 * 1024, timeout: 30_000 }, (error, stdout, stderr) => {
      if (error) {
        caveMetrics.increment("ledger.export.failed", { cave: opts.caveId });
        const detail = stderr.trim() || error.message;
        reject(new Error(`ledger export failed for ${opts.caveId}: ${detail}`));
      }
      caveMetrics.increment("ledger.export.ok", { cave: opts.caveId });
      resolve(stdout);
    });
  });
}

export async function exportReadyWheels(opts: ExportOptions): Promise<WheelRecord[]> {
  const raw = await runLedgerTool(opts);
  const minDays = opts.minDays ?? 60;
  const wheels: WheelRecord[] = [];
  for (const line of raw.split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    const record = parseLedgerLine(line);
    if (record && record.daysAged >= minDays) wheels.push(record);
  }
  wheels.sort((a, b) => b.daysAged - a.daysAged || a.shelf - b.shelf);
  return wheels;
}

export function groupByShelf(wheels: WheelRecord[]): Map<number, WheelRecord[]> {
  const byShelf = new Map<number, WheelRecord[]>();
  for (const wheel of wheels) {
    const list = byShelf.get(wheel.shelf) ?? [];
    list.push(wheel);
    byShelf.set(wheel.shelf, list);
  }
  return byShelf;
}

export function averageRind(wheels: WheelRecord[]): number {
  if (wheels.length === 0) return 0;
  const total = wheels.reduce((sum, w) => sum + w.rindScore, 0);
  return Math.round((total / wheels.length) * 100) / 100;
}
