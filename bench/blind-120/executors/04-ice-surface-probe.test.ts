// expect: no-multiple-settle
// The executor is async and awaits the calibration load before wiring any settle path, so a failed calibration load leaves the returned promise pending forever.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';

interface Calibration {
  offsetC: number;
  slope: number;
}

interface CalibrationStore {
  load(probeId: string): Promise<Calibration>;
}

class ProbeBus extends EventEmitter {
  nextRaw = 0;

  sample(channel: number): void {
    setImmediate(() => this.emit('sample', channel, this.nextRaw));
  }
}

class IceSurfaceProbe {
  constructor(
    private readonly id: string,
    private readonly channel: number,
    private readonly bus: ProbeBus,
    private readonly calibrations: CalibrationStore,
  ) {}

  readSurfaceTemp(): Promise<number> {
    return new Promise<number>(async (resolve, reject) => {
      const cal = await this.calibrations.load(this.id);

      const onSample = (channel: number, raw: number) => {
        if (channel !== this.channel) return;
        detach();
        resolve(Math.round((raw * cal.slope + cal.offsetC) * 100) / 100);
      };
      const onFault = (err: Error) => {
        detach();
        reject(err);
      };
      const detach = () => {
        this.bus.off('sample', onSample);
        this.bus.off('fault', onFault);
      };

      this.bus.on('sample', onSample);
      this.bus.on('fault', onFault);
      this.bus.sample(this.channel);
    });
  }
}

describe('IceSurfaceProbe', () => {
  let bus: ProbeBus;
  let store: { load: ReturnType<typeof vi.fn<(probeId: string) => Promise<Calibration>>> };

  beforeEach(() => {
    bus = new ProbeBus();
    store = { load: vi.fn(async (_probeId: string) => ({ offsetC: -0.4, slope: 0.01 })) };
  });

  afterEach(() => {
    bus.removeAllListeners();
    vi.restoreAllMocks();
  });

  it('converts the raw sample with the probe calibration', async () => {
    bus.nextRaw = -420;
    const probe = new IceSurfaceProbe('sheet-b-center', 3, bus, store);
    await expect(probe.readSurfaceTemp()).resolves.toBe(-4.6);
    expect(store.load).toHaveBeenCalledWith('sheet-b-center');
  });

  it('ignores samples from other channels', async () => {
    bus.sample = vi.fn((channel: number) => {
      setImmediate(() => {
        bus.emit('sample', 7, 9999);
        bus.emit('sample', channel, -380);
      });
    });
    const probe = new IceSurfaceProbe('sheet-b-hack', 2, bus, store);
    await expect(probe.readSurfaceTemp()).resolves.toBe(-4.2);
  });

  it('rejects when the bus reports a fault', async () => {
    bus.sample = vi.fn(() => {
      setImmediate(() => bus.emit('fault', new Error('probe 2 shorted')));
    });
    const probe = new IceSurfaceProbe('sheet-b-hack', 2, bus, store);
    await expect(probe.readSurfaceTemp()).rejects.toThrow('probe 2 shorted');
    expect(bus.listenerCount('sample')).toBe(0);
  });
});
