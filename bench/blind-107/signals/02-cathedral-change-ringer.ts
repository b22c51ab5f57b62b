// expect: require-signal-propagation
// ringTouch checks its AbortSignal between rows but waits the inter-row gap with a timers/promises sleep that is not given the signal, so "stand" from the conductor is only honoured after the full gap and a cancelled touch keeps the task alive.
import { setTimeout as sleep } from 'node:timers/promises';

export type Row = number[]; // bell order for one change, 1 = treble

export interface BellStriker {
  strike(bell: number, atMs: number): void;
}

export interface TouchOptions {
  signal: AbortSignal;
  peakSpeedMs?: number; // time for a whole row at the tenor
  handstrokeGapMs?: number;
}

/** Plain Bob Minimus-style plain hunt: swap pairs alternately from the front and from second place. */
export function* plainHunt(stage: number): Generator<Row> {
  let row: Row = Array.from({ length: stage }, (_, i) => i + 1);
  yield [...row];
  for (let change = 0; change < stage * 2; change++) {
    const next = [...row];
    for (let i = change % 2; i + 1 < stage; i += 2) {
      [next[i], next[i + 1]] = [next[i + 1], next[i]];
    }
    row = next;
    yield [...row];
  }
}

export async function ringTouch(rows: Iterable<Row>, striker: BellStriker, opts: TouchOptions): Promise<number> {
  const { signal, peakSpeedMs = 2_400, handstrokeGapMs = 300 } = opts;
  let rowCount = 0;
  let clock = 0;

  for (const row of rows) {
    signal.throwIfAborted();
    const perBell = peakSpeedMs / row.length;
    row.forEach((bell, place) => striker.strike(bell, clock + place * perBell));
    clock += peakSpeedMs;
    rowCount++;

    const isHandstroke = rowCount % 2 === 1;
    await sleep(isHandstroke ? peakSpeedMs : peakSpeedMs + handstrokeGapMs);
  }
  return rowCount;
}

export function isTrue(rows: Row[]): boolean {
  const seen = new Set<string>();
  for (const r of rows.slice(1, -1)) {
    const key = r.join('');
    if (seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}
