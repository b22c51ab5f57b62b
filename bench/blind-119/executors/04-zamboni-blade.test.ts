// expect: no-multiple-settle
// In lowerBlade the driver callback rejects on a hydraulic error but then falls through to resolve, so the promise is settled twice on a fault.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

type Callback<T> = (err: Error | null, value?: T) => void;

interface HydraulicDriver {
  setBladeDepth(mm: number, cb: Callback<number>): void;
  readPressure(cb: Callback<number>): void;
}

class ResurfacerBlade {
  constructor(
    private readonly driver: HydraulicDriver,
    private readonly maxDepthMm = 3,
  ) {}

  lowerBlade(depthMm: number): Promise<number> {
    const target = Math.min(Math.max(depthMm, 0), this.maxDepthMm);
    return new Promise<number>((resolve, reject) => {
      this.driver.setBladeDepth(target, (err, actual) => {
        if (err) {
          reject(new Error(`blade stuck near ${target}mm: ${err.message}`));
        }
        resolve(actual ?? target);
      });
    });
  }

  pressure(): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      this.driver.readPressure((err, bar) => {
        if (err) return reject(err);
        resolve(bar ?? 0);
      });
    });
  }
}

describe('ResurfacerBlade', () => {
  let driver: HydraulicDriver;
  let blade: ResurfacerBlade;

  beforeEach(() => {
    driver = {
      setBladeDepth: vi.fn((mm: number, cb: Callback<number>) => cb(null, mm)),
      readPressure: vi.fn((cb: Callback<number>) => cb(null, 142)),
    };
    blade = new ResurfacerBlade(driver);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('lowers the blade to the requested depth', async () => {
    await expect(blade.lowerBlade(2)).resolves.toBe(2);
    expect(driver.setBladeDepth).toHaveBeenCalledWith(2, expect.any(Function));
  });

  it('clamps the depth to the configured maximum', async () => {
    await expect(blade.lowerBlade(9)).resolves.toBe(3);
  });

  it('reports a stuck blade as a rejection', async () => {
    vi.mocked(driver.setBladeDepth).mockImplementation((_mm, cb) => cb(new Error('valve V2 timeout')));
    await expect(blade.lowerBlade(1.5)).rejects.toThrow(/blade stuck near 1.5mm/);
  });

  it('reads hydraulic pressure', async () => {
    await expect(blade.pressure()).resolves.toBe(142);
  });

  it('propagates pressure sensor faults', async () => {
    vi.mocked(driver.readPressure).mockImplementation((cb) => cb(new Error('sensor offline')));
    await expect(blade.pressure()).rejects.toThrow('sensor offline');
  });
});
