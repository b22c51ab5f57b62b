// expect: no-uncalled-async-function
// afterEach maps valves to the uncalled `v.close` method, so Promise.all receives functions and the valves are never closed between tests.
import { EventEmitter } from 'node:events';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function beforeEach(fn: () => Promise<void> | void): void;
declare function afterEach(fn: () => Promise<void> | void): void;
declare function expect<T>(actual: T): {
  toBe(expected: T): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
};

class FakeValve extends EventEmitter {
  open = false;
  litresDelivered = 0;
  private flowTimer: NodeJS.Timeout | undefined;

  constructor(readonly zone: string, private readonly litresPerTick = 1.5) {
    super();
  }

  async openFor(ms: number): Promise<void> {
    this.open = true;
    this.flowTimer = setInterval(() => {
      this.litresDelivered += this.litresPerTick;
    }, 10);
    await new Promise((resolve) => setTimeout(resolve, ms));
  }

  async close(): Promise<void> {
    clearInterval(this.flowTimer);
    this.flowTimer = undefined;
    this.open = false;
    this.emit('closed', this.zone);
  }
}

class IrrigationSchedule {
  constructor(private readonly valves: Map<string, FakeValve>) {}

  async water(zone: string, ms: number): Promise<number> {
    const valve = this.valves.get(zone);
    if (!valve) throw new Error(`unknown zone ${zone}`);
    await valve.openFor(ms);
    await valve.close();
    return valve.litresDelivered;
  }

  async soak(zones: string[], ms: number): Promise<void> {
    await Promise.all(zones.map((z) => this.valves.get(z)?.openFor(ms)));
  }
}

describe('IrrigationSchedule', () => {
  let valves: FakeValve[];
  let schedule: IrrigationSchedule;

  beforeEach(() => {
    valves = [new FakeValve('herbs'), new FakeValve('tomatoes', 3), new FakeValve('microgreens')];
    schedule = new IrrigationSchedule(new Map(valves.map((v) => [v.zone, v])));
  });

  afterEach(async () => {
    await Promise.all(valves.map((v) => v.close));
  });

  it('closes the valve after a timed watering', async () => {
    const litres = await schedule.water('herbs', 50);
    expect(valves[0]!.open).toBe(false);
    expect(litres).toBeGreaterThan(0);
  });

  it('opens several zones together for a soak', async () => {
    await schedule.soak(['tomatoes', 'microgreens'], 30);
    expect(valves.map((v) => v.open)).toEqual([false, true, true]);
  });

  it('delivers more to high-flow zones', async () => {
    await schedule.soak(['herbs', 'tomatoes'], 40);
    expect(valves[1]!.litresDelivered).toBeGreaterThan(valves[0]!.litresDelivered);
  });
});
