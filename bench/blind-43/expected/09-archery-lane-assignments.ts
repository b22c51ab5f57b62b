// expect: none
// The poller calls its read thunk on every iteration, and the single memoised layout load is meant to be shared by all callers.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Lane {
  laneId: string;
  distanceM: number;
  bowClasses: Array<'recurve' | 'compound' | 'longbow' | 'barebow'>;
}

export interface LaneStatus {
  laneId: string;
  downrangeClear: boolean;
  whistle: 'stop' | 'shoot' | 'collect';
}

export interface Archer {
  name: string;
  bowClass: Lane['bowClasses'][number];
  preferredDistanceM: number;
}

declare const rangeOffice: {
  layout(rangeId: string): Promise<Lane[]>;
  laneStatus(laneId: string): Promise<LaneStatus>;
  assign(laneId: string, archer: string): Promise<void>;
};

export async function pollUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  { intervalMs, timeoutMs }: { intervalMs: number; timeoutMs: number },
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() + intervalMs > deadline) {
      throw new Error(`condition not met within ${timeoutMs}ms`);
    }
    await sleep(intervalMs);
  }
}

export class LaneAssigner {
  private layoutLoad?: Promise<Lane[]>;

  constructor(private readonly rangeId: string) {}

  private lanes(): Promise<Lane[]> {
    this.layoutLoad ??= rangeOffice.layout(this.rangeId).catch((err: unknown) => {
      this.layoutLoad = undefined;
      throw err;
    });
    return this.layoutLoad;
  }

  async bestLaneFor(archer: Archer, taken: Set<string>): Promise<Lane | undefined> {
    const lanes = await this.lanes();
    return lanes
      .filter((l) => !taken.has(l.laneId) && l.bowClasses.includes(archer.bowClass))
      .sort(
        (a, b) =>
          Math.abs(a.distanceM - archer.preferredDistanceM) - Math.abs(b.distanceM - archer.preferredDistanceM),
      )[0];
  }

  async assignFlight(archers: Archer[]): Promise<Map<string, string>> {
    const taken = new Set<string>();
    const assignments = new Map<string, string>();
    for (const archer of archers) {
      const lane = await this.bestLaneFor(archer, taken);
      if (!lane) continue;
      await pollUntil(
        () => rangeOffice.laneStatus(lane.laneId),
        (status) => status.downrangeClear && status.whistle !== 'shoot',
        { intervalMs: 2_000, timeoutMs: 60_000 },
      );
      await rangeOffice.assign(lane.laneId, archer.name);
      taken.add(lane.laneId);
      assignments.set(archer.name, lane.laneId);
    }
    return assignments;
  }
}
