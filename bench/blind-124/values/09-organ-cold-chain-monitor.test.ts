// expect: none
// Promise-returning checks are asserted with await expect(...).resolves or awaited before comparing, and lastCelsius is only read after the sample that sets it has been awaited.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface TempProbe {
  read(): Promise<number>;
}

interface ColdChainRange {
  min: number;
  max: number;
}

class ColdChainMonitor {
  lastCelsius: number | null = null;
  excursions = 0;
  private readonly history: Array<{ at: number; celsius: number }> = [];

  constructor(
    private readonly probe: TempProbe,
    private readonly range: ColdChainRange = { min: 2, max: 8 },
    private readonly now: () => number = Date.now,
  ) {}

  async sample(): Promise<number> {
    const celsius = await this.probe.read();
    this.lastCelsius = celsius;
    this.history.push({ at: this.now(), celsius });
    if (celsius < this.range.min || celsius > this.range.max) this.excursions++;
    return celsius;
  }

  async isWithinRange(): Promise<boolean> {
    const c = await this.sample();
    return c >= this.range.min && c <= this.range.max;
  }

  minutesOutOfRange(): number {
    let ms = 0;
    for (let i = 1; i < this.history.length; i++) {
      const prev = this.history[i - 1];
      if (prev.celsius < this.range.min || prev.celsius > this.range.max) ms += this.history[i].at - prev.at;
    }
    return ms / 60_000;
  }
}

describe('ColdChainMonitor', () => {
  let readings: number[];
  let clock: number;
  let probe: TempProbe;

  beforeEach(() => {
    readings = [];
    clock = Date.parse('2024-05-02T03:00:00Z');
    probe = { read: vi.fn(async () => readings.shift() ?? Number.NaN) };
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('reports a box at 4.5 °C as within range', async () => {
    readings.push(4.5);
    const monitor = new ColdChainMonitor(probe);
    await expect(monitor.isWithinRange()).resolves.toBe(true);
  });

  it('records the last temperature once the sample has completed', async () => {
    readings.push(6.1);
    const monitor = new ColdChainMonitor(probe);
    await monitor.sample();
    expect(monitor.lastCelsius).toBe(6.1);
    expect(monitor.excursions).toBe(0);
  });

  it('counts an excursion when the ice packs are spent', async () => {
    readings.push(9.4);
    const monitor = new ColdChainMonitor(probe);
    expect(await monitor.isWithinRange()).toBe(false);
    expect(monitor.excursions).toBe(1);
  });

  it('accumulates time spent out of range between samples', async () => {
    readings.push(5, 9, 10, 7);
    const monitor = new ColdChainMonitor(probe, { min: 2, max: 8 }, () => clock);
    for (let i = 0; i < 4; i++) {
      await monitor.sample();
      clock += 5 * 60_000;
    }
    expect(monitor.minutesOutOfRange()).toBe(10);
  });

  it('propagates a probe failure', async () => {
    probe.read = vi.fn(async () => {
      throw new Error('probe disconnected');
    });
    await expect(new ColdChainMonitor(probe).sample()).rejects.toThrow('probe disconnected');
  });
});
