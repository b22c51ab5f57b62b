// expect: none
// Every assertion is made on awaited readings, and the promise handed to expect() is consumed via .resolves/.rejects.
import { setTimeout as sleep } from 'node:timers/promises';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  toBeUndefined(): void;
  resolves: { toBe(expected: unknown): Promise<void>; toEqual(expected: unknown): Promise<void> };
  rejects: { toThrow(msg?: string | RegExp): Promise<void> };
};

interface StationReading {
  stationId: string;
  ablationMm: number;
  airTempC: number;
  batteryV: number;
  takenAt: number;
}

class StationPoller {
  private cache = new Map<string, StationReading>();
  constructor(
    private readonly transport: (id: string) => Promise<StationReading>,
    private readonly maxAgeMs = 60_000,
  ) {}

  async latest(id: string): Promise<StationReading> {
    const hit = this.cache.get(id);
    if (hit && Date.now() - hit.takenAt < this.maxAgeMs) return hit;
    const fresh = await this.transport(id);
    if (fresh.batteryV < 10.5) throw new Error(`station ${id} battery low`);
    this.cache.set(id, fresh);
    return fresh;
  }

  async isMelting(id: string): Promise<boolean> {
    const r = await this.latest(id);
    return r.airTempC > 0 && r.ablationMm > 0;
  }
}

function reading(overrides: Partial<StationReading> = {}): StationReading {
  return {
    stationId: 'KV-03',
    ablationMm: 4.2,
    airTempC: 1.8,
    batteryV: 12.6,
    takenAt: Date.now(),
    ...overrides,
  };
}

describe('StationPoller', () => {
  let calls = 0;
  let next: StationReading;
  let poller: StationPoller;

  beforeEach(() => {
    calls = 0;
    next = reading();
    poller = new StationPoller(async () => {
      calls++;
      await sleep(1);
      return next;
    });
  });

  it('returns the cached reading on a second poll', async () => {
    const first = await poller.latest('KV-03');
    const second = await poller.latest('KV-03');
    expect(second).toBe(first);
    expect(calls).toBe(1);
  });

  it('flags melt only when both temperature and ablation are positive', async () => {
    expect(await poller.isMelting('KV-03')).toBe(true);
    next = reading({ stationId: 'KV-07', airTempC: -3.1 });
    await expect(poller.isMelting('KV-07')).resolves.toBe(false);
  });

  it('refuses readings from a station with a flat battery', async () => {
    next = reading({ batteryV: 9.8 });
    await expect(poller.latest('KV-03')).rejects.toThrow(/battery low/);
  });

  it('reports ablation from the transport', async () => {
    next = reading({ ablationMm: 11.5 });
    const r = await poller.latest('KV-03');
    expect(r.ablationMm).toBeGreaterThan(10);
  });
});
