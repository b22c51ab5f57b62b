// expect: none
// 'line' fires many times but only accumulates; the executor settles once in the 'close' handler, which an 'error' routes through by closing the interface.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface TourSlot {
  date: string;
  startTime: string;
  guide: string;
  capacity: number;
  includesBellChamber: boolean;
}

export interface ImportSummary {
  slots: TourSlot[];
  skipped: Array<{ line: number; reason: string }>;
}

declare const towerRules: {
  maxClimbersPerSlot: number;
  chamberClosedDates: Set<string>;
  ringingTimes: string[];
};

const SLOT_PATTERN = /^(\d{4}-\d{2}-\d{2}),(\d{2}:\d{2}),([^,]+),(\d+),(yes|no)$/i;

function clashesWithRinging(startTime: string): boolean {
  const [h, m] = startTime.split(':').map(Number);
  const start = h * 60 + m;
  return towerRules.ringingTimes.some((t) => {
    const [rh, rm] = t.split(':').map(Number);
    const ring = rh * 60 + rm;
    return ring >= start && ring < start + 45;
  });
}

function parseSlot(raw: string): TourSlot | string {
  const match = SLOT_PATTERN.exec(raw.trim());
  if (!match) return 'malformed row';
  const [, date, startTime, guide, capacityRaw, chamber] = match;
  const capacity = Number(capacityRaw);
  if (capacity > towerRules.maxClimbersPerSlot) return `capacity ${capacity} above stair limit`;
  const includesBellChamber = chamber.toLowerCase() === 'yes' && !towerRules.chamberClosedDates.has(date);
  if (includesBellChamber && clashesWithRinging(startTime)) return 'chamber visit overlaps bell ringing';
  return { date, startTime, guide: guide.trim(), capacity, includesBellChamber };
}

export function importTourSlots(path: string): Promise<ImportSummary> {
  return new Promise((resolve, reject) => {
    const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
    const slots: TourSlot[] = [];
    const skipped: ImportSummary['skipped'] = [];
    let lineNo = 0;
    let failure: Error | undefined;

    rl.on('line', (line) => {
      lineNo += 1;
      if (lineNo === 1 || line.trim() === '') return;
      const parsed = parseSlot(line);
      if (typeof parsed === 'string') skipped.push({ line: lineNo, reason: parsed });
      else slots.push(parsed);
    });

    rl.on('error', (err) => {
      failure = err;
      rl.close();
    });

    rl.on('close', () => {
      if (failure) {
        reject(failure);
        return;
      }
      slots.sort((a, b) => (a.date + a.startTime).localeCompare(b.date + b.startTime));
      resolve({ slots, skipped });
    });
  });
}

export async function importSeason(paths: string[]): Promise<ImportSummary> {
  const combined: ImportSummary = { slots: [], skipped: [] };
  for (const path of paths) {
    const { slots, skipped } = await importTourSlots(path);
    combined.slots.push(...slots);
    combined.skipped.push(...skipped);
  }
  return combined;
}
