// expect: no-unobserved-promise
// In the parallel test the lower-half polish promise is stored but not awaited until after the upper half settles, so if the lower rig faults first its rejection is unhandled and surfaces as a stray process-level error instead of failing this test.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';

interface Clock {
  sleep(ms: number): Promise<void>;
}

interface Spindle {
  spin(rpm: number): Promise<void>;
  stop(): Promise<void>;
  temperature(): Promise<number>;
}

interface PolishResult {
  lensId: string;
  grit: number;
  passes: number;
}

class PolishingStation {
  private active = false;

  constructor(
    private readonly spindle: Spindle,
    private readonly clock: Clock,
  ) {}

  async polish(lensId: string, grit: number, passes = 3): Promise<PolishResult> {
    if (this.active) throw new Error('station busy');
    this.active = true;
    try {
      await this.spindle.spin(grit > 1000 ? 60 : 120);
      for (let i = 0; i < passes; i++) {
        await this.clock.sleep(30_000);
        const temp = await this.spindle.temperature();
        if (temp > 45) throw new Error(`pad overheated on ${lensId} at ${temp}°C`);
      }
      return { lensId, grit, passes };
    } finally {
      this.active = false;
      await this.spindle.stop();
    }
  }
}

function fakeSpindle(temps: number[]) {
  let i = 0;
  return {
    spin: mock.fn(async () => {}),
    stop: mock.fn(async () => {}),
    temperature: mock.fn(async () => temps[Math.min(i++, temps.length - 1)]),
  };
}

describe('PolishingStation', () => {
  let clock: Clock;

  beforeEach(() => {
    clock = { sleep: mock.fn(async () => {}) };
  });

  afterEach(() => {
    mock.restoreAll();
  });

  it('runs the requested number of passes', async () => {
    const station = new PolishingStation(fakeSpindle([30, 31, 32]), clock);
    const result = await station.polish('bullseye-2', 800);
    assert.deepEqual(result, { lensId: 'bullseye-2', grit: 800, passes: 3 });
  });

  it('stops the spindle when the pad overheats', async () => {
    const spindle = fakeSpindle([30, 52]);
    const station = new PolishingStation(spindle, clock);
    await assert.rejects(station.polish('prism-9', 400), /pad overheated/);
    assert.equal(spindle.stop.mock.callCount(), 1);
  });

  it('polishes upper and lower halves on two stations in parallel', async () => {
    const upperStation = new PolishingStation(fakeSpindle([33, 34, 35]), clock);
    const lowerStation = new PolishingStation(fakeSpindle([33, 34, 36]), clock);
    const upper = upperStation.polish('fresnel-upper', 1200);
    const lower = lowerStation.polish('fresnel-lower', 1200);
    const upperResult = await upper;
    const lowerResult = await lower;
    assert.equal(upperResult.passes + lowerResult.passes, 6);
  });

  it('refuses a second job while busy', async () => {
    const station = new PolishingStation(fakeSpindle([30]), clock);
    const [first] = await Promise.all([
      station.polish('a', 600, 1),
      assert.rejects(station.polish('b', 600, 1), /station busy/),
    ]);
    assert.equal(first.lensId, 'a');
  });
});
