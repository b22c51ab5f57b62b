// expect: no-multiple-settle
// The executor is async and awaits timingSystem.subscribe before wiring resolve/reject; if subscribe rejects, the returned promise never settles.
import type { EventEmitter } from 'node:events';

export interface Crossing {
  riderId: string;
  bib: number;
  lap: number;
  timestampMs: number;
}

export interface HeatResult {
  heatId: string;
  placings: Array<{ bib: number; riderId: string; finishMs: number }>;
  fastestLapMs: number | null;
}

interface TimingFeed extends EventEmitter {
  close(): void;
}

declare const timingSystem: {
  subscribe(heatId: string): Promise<TimingFeed>;
};

declare const scoreboard: {
  showPlacings(heatId: string, lines: string[]): Promise<void>;
  flashBanner(text: string): Promise<void>;
};

function fastestLap(crossings: readonly Crossing[]): number | null {
  const byRider = new Map<string, number[]>();
  for (const c of crossings) {
    const list = byRider.get(c.riderId) ?? [];
    list.push(c.timestampMs);
    byRider.set(c.riderId, list);
  }
  let best: number | null = null;
  for (const stamps of byRider.values()) {
    for (let i = 1; i < stamps.length; i++) {
      const lap = stamps[i] - stamps[i - 1];
      if (best === null || lap < best) best = lap;
    }
  }
  return best;
}

export function waitForHeatFinish(heatId: string, riders: number, laps: number): Promise<HeatResult> {
  return new Promise(async (resolve, reject) => {
    const feed = await timingSystem.subscribe(heatId);
    const crossings: Crossing[] = [];
    const finishers: HeatResult['placings'] = [];

    feed.on('crossing', (c: Crossing) => {
      crossings.push(c);
      if (c.lap !== laps) return;
      finishers.push({ bib: c.bib, riderId: c.riderId, finishMs: c.timestampMs });
      if (finishers.length === riders) {
        feed.close();
        resolve({ heatId, placings: finishers, fastestLapMs: fastestLap(crossings) });
      }
    });

    feed.on('error', (err: Error) => {
      feed.close();
      reject(err);
    });

    feed.on('neutralised', (reason: string) => {
      feed.close();
      reject(new Error(`heat ${heatId} neutralised: ${reason}`));
    });
  });
}

export async function runHeat(heatId: string, riders: number, laps: number): Promise<HeatResult> {
  await scoreboard.flashBanner(`HEAT ${heatId} — ${laps} LAPS`);
  const result = await waitForHeatFinish(heatId, riders, laps);
  const start = result.placings[0]?.finishMs ?? 0;
  const lines = result.placings.map((p, i) => {
    const gap = i === 0 ? '' : ` +${((p.finishMs - start) / 1000).toFixed(3)}`;
    return `${i + 1}. #${p.bib}${gap}`;
  });
  if (result.fastestLapMs !== null) {
    lines.push(`FASTEST LAP ${(result.fastestLapMs / 1000).toFixed(3)}s`);
  }
  await scoreboard.showPlacings(heatId, lines);
  return result;
}
