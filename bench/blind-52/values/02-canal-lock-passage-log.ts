// expect: no-read-before-settle
// summariseDay returns counters that readline 'line' handlers increment, but reads them synchronously before any line has arrived.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface Passage {
  at: string;
  boat: string;
  direction: 'up' | 'down';
  lengthM: number;
}

export interface DaySummary {
  lockId: string;
  passages: number;
  up: number;
  down: number;
  longestBoat: string | null;
  malformedLines: number;
}

const LINE_PATTERN = /^(\d{2}:\d{2})\s+(up|down)\s+([\d.]+)m\s+(.+)$/;

export function parsePassage(line: string): Passage | null {
  const match = LINE_PATTERN.exec(line.trim());
  if (!match) {
    return null;
  }
  const [, at, direction, length, boat] = match;
  return { at, direction: direction as Passage['direction'], lengthM: Number(length), boat: boat.trim() };
}

export function summariseDay(lockId: string, logFile: string): DaySummary {
  let passages = 0;
  let up = 0;
  let down = 0;
  let malformedLines = 0;
  let longestBoat: string | null = null;
  let longest = 0;

  const input = createReadStream(logFile, { encoding: 'utf8' });
  const rl = createInterface({ input, crlfDelay: Infinity });

  rl.on('line', (line) => {
    if (line.startsWith('#') || line.trim() === '') {
      return;
    }
    const passage = parsePassage(line);
    if (!passage) {
      malformedLines++;
      return;
    }
    passages++;
    if (passage.direction === 'up') {
      up++;
    } else {
      down++;
    }
    if (passage.lengthM > longest) {
      longest = passage.lengthM;
      longestBoat = passage.boat;
    }
  });
  input.on('error', () => rl.close());

  return { lockId, passages, up, down, longestBoat, malformedLines };
}

export function waterUsedM3(summary: DaySummary, chamberVolumeM3: number): number {
  return summary.passages * chamberVolumeM3;
}

export function imbalance(summary: DaySummary): number {
  if (summary.passages === 0) {
    return 0;
  }
  return Math.abs(summary.up - summary.down) / summary.passages;
}

export function formatSummary(summary: DaySummary): string {
  const longest = summary.longestBoat ? `, longest boat ${summary.longestBoat}` : '';
  return `${summary.lockId}: ${summary.passages} passages (${summary.up} up / ${summary.down} down)${longest}`;
}
