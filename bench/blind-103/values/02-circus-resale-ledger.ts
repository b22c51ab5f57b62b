// expect: none
// The rows and skipped counters are filled by the readline 'line' listener, but they are only read after `await once(rl, 'close')`, by which point every line has been delivered (and a stream error would have rejected the await).
import { createReadStream } from 'node:fs';
import readline from 'node:readline';
import { once } from 'node:events';

export interface ResaleRow {
  ticketId: string;
  show: string;
  faceCents: number;
  soldCents: number;
  soldAt: string;
}

export interface LedgerSummary {
  rows: ResaleRow[];
  skipped: number;
  grossCents: number;
  overCapCount: number;
}

const RESALE_CAP = 1.2;

function parseCents(field: string | undefined): number {
  const n = Number(field);
  return Number.isFinite(n) ? Math.round(n * 100) : Number.NaN;
}

export async function loadResaleLedger(path: string): Promise<LedgerSummary> {
  const rl = readline.createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  const rows: ResaleRow[] = [];
  let skipped = 0;
  let header = true;

  rl.on('line', (line) => {
    if (header) {
      header = false;
      return;
    }
    const [ticketId, show, face, sold, soldAt] = line.split(',');
    const faceCents = parseCents(face);
    const soldCents = parseCents(sold);
    if (!ticketId || !show || !soldAt || Number.isNaN(faceCents) || Number.isNaN(soldCents)) {
      skipped += 1;
      return;
    }
    rows.push({ ticketId, show, faceCents, soldCents, soldAt });
  });

  await once(rl, 'close');

  return {
    rows,
    skipped,
    grossCents: rows.reduce((sum, r) => sum + r.soldCents, 0),
    overCapCount: rows.filter((r) => r.soldCents > r.faceCents * RESALE_CAP).length,
  };
}

export function byShow(summary: LedgerSummary): Map<string, number> {
  const totals = new Map<string, number>();
  for (const row of summary.rows) {
    totals.set(row.show, (totals.get(row.show) ?? 0) + row.soldCents);
  }
  return totals;
}
