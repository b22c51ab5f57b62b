// expect: no-read-before-settle
// beforeEach stores the zero offset from the rig's 'calibrated' event, which fires only after the 200 ms calibration timer, but builds the PressureProbe from that variable immediately, so every probe is created with offset 0 and the corrected readings are never actually corrected.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';

class TunnelRig extends EventEmitter {
  private raw = 101_325;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly drift: number) {
    super();
  }

  calibrate(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.emit('calibrated', this.drift), 200);
  }

  setAirspeed(ms: number): void {
    this.raw = 101_325 - 0.5 * 1.225 * ms * ms + this.drift;
  }

  readRaw(): number {
    return this.raw;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.removeAllListeners();
  }
}

class PressureProbe {
  constructor(private readonly rig: TunnelRig, private readonly offsetPa: number) {}

  staticPressure(): number {
    return this.rig.readRaw() - this.offsetPa;
  }

  dynamicPressure(ambient = 101_325): number {
    return ambient - this.staticPressure();
  }
}

describe('PressureProbe', () => {
  let rig: TunnelRig;
  let probe: PressureProbe;
  let log: ReturnType<typeof vi.fn<(event: string, value: number) => void>>;

  beforeEach(() => {
    vi.useFakeTimers();
    log = vi.fn<(event: string, value: number) => void>();
    rig = new TunnelRig(37.5);

    let offset = 0;
    rig.once('calibrated', (drift: number) => {
      offset = drift;
      log('calibrated', drift);
    });
    rig.calibrate();
    probe = new PressureProbe(rig, offset);
  });

  afterEach(() => {
    rig.dispose();
    vi.useRealTimers();
  });

  it('reports roughly zero dynamic pressure with the fan off', () => {
    rig.setAirspeed(0);
    expect(probe.dynamicPressure()).toBeCloseTo(0, -2);
  });

  it('derives the pressure drop from airspeed', () => {
    rig.setAirspeed(0);
    const still = probe.staticPressure();
    rig.setAirspeed(20);
    expect(still - probe.staticPressure()).toBeCloseTo(245, 0);
  });

  it('calibrates once per rig', () => {
    vi.advanceTimersByTime(500);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith('calibrated', 37.5);
  });
});
