// expect: no-multiple-settle
// The executor is async and awaits the heat lookup before wiring any listeners, so if getHeat rejects the error is lost inside the executor and the returned promise never settles.
import { EventEmitter } from 'node:events';

export interface Heat {
  id: string;
  trenchId: string;
  snorkellers: string[];
  maxSeconds: number;
}

export interface HeatStore {
  getHeat(id: string): Promise<Heat>;
  recordTimes(heatId: string, times: Record<string, number>): Promise<void>;
}

export interface TrenchTimingEvents {
  on(event: 'start', listener: (trenchId: string, at: number) => void): this;
  on(event: 'touch', listener: (trenchId: string, bib: string, at: number) => void): this;
  off(event: string, listener: (...args: any[]) => void): this;
}

export class HeatRunner {
  constructor(
    private readonly store: HeatStore,
    private readonly timing: TrenchTimingEvents & EventEmitter,
  ) {}

  runHeat(heatId: string): Promise<Record<string, number>> {
    return new Promise<Record<string, number>>(async (resolve, reject) => {
      const heat = await this.store.getHeat(heatId);
      const remaining = new Set(heat.snorkellers);
      const times: Record<string, number> = {};
      let startedAt = 0;

      const cleanup = () => {
        clearTimeout(cutoff);
        this.timing.off('start', onStart);
        this.timing.off('touch', onTouch);
      };

      const onStart = (trenchId: string, at: number) => {
        if (trenchId === heat.trenchId) startedAt = at;
      };

      const onTouch = (trenchId: string, bib: string, at: number) => {
        if (trenchId !== heat.trenchId || !startedAt || !remaining.has(bib)) return;
        times[bib] = (at - startedAt) / 1000;
        remaining.delete(bib);
        if (remaining.size === 0) {
          cleanup();
          this.store.recordTimes(heat.id, times).then(() => resolve(times), reject);
        }
      };

      const cutoff = setTimeout(() => {
        cleanup();
        for (const bib of remaining) times[bib] = Number.POSITIVE_INFINITY;
        this.store.recordTimes(heat.id, times).then(() => resolve(times), reject);
      }, heat.maxSeconds * 1000);

      this.timing.on('start', onStart);
      this.timing.on('touch', onTouch);
    });
  }
}

export function podium(times: Record<string, number>): string[] {
  return Object.entries(times)
    .filter(([, t]) => Number.isFinite(t))
    .sort(([, a], [, b]) => a - b)
    .slice(0, 3)
    .map(([bib]) => bib);
}
