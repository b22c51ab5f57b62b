// expect: no-read-before-settle
// tallyScans registers readline 'line' handlers and then immediately reads the counters and map, before any line event has fired, so it always reports zero scans.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface ScanLine {
  ticketNo: string;
  showId: string;
  gate: string;
  scannedAt: string;
}

export interface AttendanceTally {
  totalScans: number;
  duplicates: number;
  byShow: Record<string, number>;
}

function parseScan(line: string): ScanLine | null {
  const parts = line.split(',').map((p) => p.trim());
  if (parts.length !== 4 || parts[0] === 'ticket_no') return null;
  const [ticketNo, showId, gate, scannedAt] = parts;
  return { ticketNo, showId, gate, scannedAt };
}

export async function tallyScans(csvPath: string): Promise<AttendanceTally> {
  const input = createReadStream(csvPath, { encoding: 'utf8' });
  const rl = createInterface({ input, crlfDelay: Infinity });

  const seen = new Set<string>();
  const byShow = new Map<string, number>();
  let totalScans = 0;
  let duplicates = 0;
  let streamError: Error | null = null;

  input.on('error', (err) => {
    streamError = err;
    rl.close();
  });

  rl.on('line', (line) => {
    const scan = parseScan(line);
    if (!scan) return;
    totalScans++;
    if (seen.has(scan.ticketNo)) {
      duplicates++;
      return;
    }
    seen.add(scan.ticketNo);
    byShow.set(scan.showId, (byShow.get(scan.showId) ?? 0) + 1);
  });

  if (streamError) throw streamError;
  return { totalScans, duplicates, byShow: Object.fromEntries(byShow) };
}

export function occupancy(tally: AttendanceTally, capacity: Record<string, number>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [showId, seated] of Object.entries(tally.byShow)) {
    const cap = capacity[showId];
    out[showId] = cap ? `${Math.round((seated / cap) * 100)}%` : `${seated} seated (capacity unknown)`;
  }
  return out;
}

export async function matineeReport(csvPath: string, capacity: Record<string, number>): Promise<string> {
  const tally = await tallyScans(csvPath);
  const lines = Object.entries(occupancy(tally, capacity)).map(([show, pct]) => `  ${show}: ${pct}`);
  return [`Scans: ${tally.totalScans} (${tally.duplicates} duplicate)`, ...lines].join('\n');
}
