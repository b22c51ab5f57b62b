// expect: require-signal-propagation
// scanFryerLog() accepts options.signal but never checks it or hands it to the stream or readline, so cancelling a scan does nothing.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface FryerLogEntry {
  at: Date;
  fryerId: string;
  oilC: number;
  basketLoads: number;
}

export interface OverheatEvent {
  fryerId: string;
  peakC: number;
  firstSeen: Date;
  lastSeen: Date;
}

export interface ScanOptions {
  thresholdC?: number;
  signal?: AbortSignal;
}

// above ~190°C frying oil starts to smoke and degrade quickly
const DEFAULT_THRESHOLD_C = 190;

function parseEntry(line: string): FryerLogEntry | null {
  const match = /^(\S+)\s+fryer=(\S+)\s+oil=(-?\d+(?:\.\d+)?)C\s+loads=(\d+)$/.exec(line.trim());
  if (!match) return null;
  const at = new Date(match[1]);
  if (Number.isNaN(at.getTime())) return null;
  return { at, fryerId: match[2], oilC: Number(match[3]), basketLoads: Number(match[4]) };
}

export async function scanFryerLog(file: string, options: ScanOptions = {}): Promise<OverheatEvent[]> {
  const threshold = options.thresholdC ?? DEFAULT_THRESHOLD_C;
  const open = new Map<string, OverheatEvent>();
  const closed: OverheatEvent[] = [];

  const rl = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of rl) {
    const entry = parseEntry(line);
    if (!entry) continue;

    const current = open.get(entry.fryerId);
    if (entry.oilC >= threshold) {
      if (current) {
        current.peakC = Math.max(current.peakC, entry.oilC);
        current.lastSeen = entry.at;
      } else {
        open.set(entry.fryerId, { fryerId: entry.fryerId, peakC: entry.oilC, firstSeen: entry.at, lastSeen: entry.at });
      }
    } else if (current) {
      closed.push(current);
      open.delete(entry.fryerId);
    }
  }

  closed.push(...open.values());
  return closed.sort((a, b) => a.firstSeen.getTime() - b.firstSeen.getTime());
}

export function worstFryers(events: OverheatEvent[], limit = 3): string[] {
  const minutesByFryer = new Map<string, number>();
  for (const e of events) {
    const minutes = (e.lastSeen.getTime() - e.firstSeen.getTime()) / 60_000;
    minutesByFryer.set(e.fryerId, (minutesByFryer.get(e.fryerId) ?? 0) + minutes);
  }
  return [...minutesByFryer.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([id]) => id);
}
