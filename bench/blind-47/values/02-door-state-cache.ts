// expect: none
// Promises are stored in an in-flight map and returned on purpose; every place that needs the door state awaits it before comparing.
export type DoorState = 'open' | 'closed' | 'obstructed' | 'isolated';

export interface DoorReading {
  doorId: string;
  state: DoorState;
  cycles: number;
  readAt: number;
}

declare const psdController: {
  read(doorId: string): Promise<DoorReading>;
  isolate(doorId: string, reason: string): Promise<void>;
};

const FRESH_MS = 1500;

export class DoorStateCache {
  private readonly inflight = new Map<string, Promise<DoorReading>>();
  private readonly latest = new Map<string, DoorReading>();

  read(doorId: string): Promise<DoorReading> {
    const cached = this.latest.get(doorId);
    if (cached && Date.now() - cached.readAt < FRESH_MS) {
      return Promise.resolve(cached);
    }
    const pending =
      this.inflight.get(doorId) ??
      psdController
        .read(doorId)
        .then((reading) => {
          this.latest.set(doorId, reading);
          return reading;
        })
        .finally(() => {
          this.inflight.delete(doorId);
        });
    this.inflight.set(doorId, pending);
    return pending;
  }

  readMany(doorIds: string[]): Promise<DoorReading[]> {
    return Promise.all(doorIds.map((id) => this.read(id)));
  }

  async allClosed(doorIds: string[]): Promise<boolean> {
    const readings = await this.readMany(doorIds);
    return readings.every((r) => r.state === 'closed' || r.state === 'isolated');
  }

  async isolateIfObstructed(doorId: string): Promise<boolean> {
    const reading = await this.read(doorId);
    if (reading.state !== 'obstructed') {
      return false;
    }
    await psdController.isolate(doorId, `obstructed after ${reading.cycles} cycles`);
    this.latest.set(doorId, { ...reading, state: 'isolated', readAt: Date.now() });
    return true;
  }

  async summary(doorIds: string[]): Promise<string> {
    const readings = await this.readMany(doorIds);
    const counts = new Map<DoorState, number>();
    for (const r of readings) {
      counts.set(r.state, (counts.get(r.state) ?? 0) + 1);
    }
    const parts = [...counts.entries()].map(([state, n]) => `${n} ${state}`);
    return `${readings.length} doors: ${parts.join(', ')}`;
  }
}
