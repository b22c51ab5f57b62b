// expect: no-leaked-race
// withinMs races each operation against a setTimeout that is never cleared, so every test that finishes in time leaves a pending timer running.
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
};

interface PassWindow {
  satellite: string;
  aosAzimuth: number;
  losAzimuth: number;
  durationMs: number;
}

class AntennaSimulator extends EventEmitter {
  azimuth = 0;

  slewTo(target: number, degPerTick = 15): Promise<number> {
    return new Promise((resolve) => {
      const step = () => {
        const delta = target - this.azimuth;
        if (Math.abs(delta) <= degPerTick) {
          this.azimuth = target;
          this.emit('locked', target);
          resolve(target);
          return;
        }
        this.azimuth += Math.sign(delta) * degPerTick;
        this.emit('slewing', this.azimuth);
        setImmediate(step);
      };
      step();
    });
  }

  async track(pass: PassWindow): Promise<string[]> {
    await this.slewTo(pass.aosAzimuth);
    const frames: string[] = [];
    for (let i = 0; i < 3; i++) {
      frames.push(`${pass.satellite}:frame-${i}`);
      await new Promise((r) => setImmediate(r));
    }
    await this.slewTo(pass.losAzimuth);
    return frames;
  }
}

function withinMs<T>(ms: number, work: Promise<T>): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`operation did not finish within ${ms}ms`)), ms),
    ),
  ]);
}

describe('AntennaSimulator', () => {
  let antenna: AntennaSimulator;

  beforeEach(() => {
    antenna = new AntennaSimulator();
  });

  it('slews to the acquisition azimuth and locks', async () => {
    const positions: number[] = [];
    antenna.on('slewing', (az: number) => positions.push(az));

    const locked = await withinMs(2_000, antenna.slewTo(120));

    expect(locked).toBe(120);
    expect(positions.length).toBeGreaterThan(3);
  });

  it('captures frames across a full pass', async () => {
    const pass: PassWindow = { satellite: 'NOAA-19', aosAzimuth: 40, losAzimuth: 310, durationMs: 720_000 };

    const frames = await withinMs(5_000, antenna.track(pass));

    expect(frames).toEqual(['NOAA-19:frame-0', 'NOAA-19:frame-1', 'NOAA-19:frame-2']);
    expect(antenna.azimuth).toBe(310);
  });

  it('slews backwards when the target is behind', async () => {
    antenna.azimuth = 200;
    await withinMs(2_000, antenna.slewTo(15));
    expect(antenna.azimuth).toBe(15);
  });
});
