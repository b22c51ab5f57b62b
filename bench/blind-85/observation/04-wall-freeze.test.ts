// expect: no-unobserved-promise
// In the thaw test the curing promise rejects while advanceTimersByTimeAsync runs, before expect(...).rejects attaches a handler, so the rejection is unhandled for that window and vitest reports it.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface WallSection {
  id: string;
  heightCm: number;
  thicknessCm: number;
}

declare class FreezeBuilder {
  constructor(opts: { ambientC: () => number; sprayIntervalMs: number });
  cureWall(section: WallSection, layers: number): Promise<{ layersApplied: number; finalTempC: number }>;
  shutdown(): void;
}

const arch: WallSection = { id: 'arch-north', heightCm: 320, thicknessCm: 60 };

describe('FreezeBuilder.cureWall', () => {
  let ambient: number;
  let builder: FreezeBuilder;

  beforeEach(() => {
    vi.useFakeTimers();
    ambient = -18;
    builder = new FreezeBuilder({ ambientC: () => ambient, sprayIntervalMs: 10 * 60_000 });
  });

  afterEach(() => {
    builder.shutdown();
    vi.useRealTimers();
  });

  it('applies every spray layer when it stays cold', async () => {
    const cured = builder.cureWall(arch, 6);
    const assertion = expect(cured).resolves.toEqual({ layersApplied: 6, finalTempC: -18 });
    await vi.advanceTimersByTimeAsync(6 * 10 * 60_000);
    await assertion;
  });

  it('gives up when the ambient temperature rises above freezing', async () => {
    const cured = builder.cureWall(arch, 6);
    await vi.advanceTimersByTimeAsync(2 * 10 * 60_000);
    ambient = 1.5;
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    await expect(cured).rejects.toThrow(/thaw risk on arch-north/);
  });

  it('does not spray before the first interval elapses', async () => {
    const spray = vi.fn();
    const cured = builder.cureWall({ ...arch, id: 'bar-counter' }, 1);
    cured.then(spray, () => {});
    await vi.advanceTimersByTimeAsync(10 * 60_000 - 1);
    expect(spray).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(spray).toHaveBeenCalledTimes(1);
  });

  it('rejects sections too thin to support a dome', async () => {
    await expect(builder.cureWall({ ...arch, thicknessCm: 12 }, 3)).rejects.toThrow(/too thin/);
  });
});
