// expect: no-leaked-race
// probeCorridor races the radar sweep against a timers/promises sleep that is never cancelled, so every sweep that wins leaves a 12 s timer running behind it.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Corridor {
  id: string;
  floorM: number;
  ceilingM: number;
  polygon: Array<[number, number]>;
}

export interface RadarContact {
  trackId: string;
  altitudeM: number;
  speedMs: number;
  kind: 'drone' | 'aircraft' | 'bird' | 'unknown';
}

export interface ProbeResult {
  corridorId: string;
  clear: boolean;
  contacts: RadarContact[];
  checkedAt: number;
}

export class SweepTimeoutError extends Error {
  constructor(corridorId: string, ms: number) {
    super(`Radar sweep of corridor ${corridorId} exceeded ${ms}ms`);
    this.name = 'SweepTimeoutError';
  }
}

declare const radar: {
  sweep(polygon: Array<[number, number]>, floorM: number, ceilingM: number): Promise<RadarContact[]>;
};

declare const corridorBoard: {
  update(result: ProbeResult): Promise<void>;
  markUnknown(corridorId: string, reason: string): Promise<void>;
};

const SWEEP_TIMEOUT_MS = 12_000;

async function probeCorridor(corridor: Corridor): Promise<ProbeResult> {
  const contacts = await Promise.race([
    radar.sweep(corridor.polygon, corridor.floorM, corridor.ceilingM),
    sleep(SWEEP_TIMEOUT_MS).then((): never => {
      throw new SweepTimeoutError(corridor.id, SWEEP_TIMEOUT_MS);
    }),
  ]);

  const relevant = contacts.filter(
    (c) => c.kind !== 'bird' && c.altitudeM >= corridor.floorM - 30 && c.altitudeM <= corridor.ceilingM + 30,
  );
  return {
    corridorId: corridor.id,
    clear: relevant.length === 0,
    contacts: relevant,
    checkedAt: Date.now(),
  };
}

export async function refreshCorridors(corridors: Corridor[]): Promise<{ clear: number; blocked: number; unknown: number }> {
  let clear = 0;
  let blocked = 0;
  let unknown = 0;

  for (const corridor of corridors) {
    try {
      const result = await probeCorridor(corridor);
      await corridorBoard.update(result);
      if (result.clear) {
        clear++;
      } else {
        blocked++;
      }
    } catch (err) {
      unknown++;
      await corridorBoard.markUnknown(corridor.id, err instanceof Error ? err.message : String(err));
    }
  }

  return { clear, blocked, unknown };
}
