// expect: none
// Correct: the stored promises get their expect(...).rejects / resolves handlers attached before the fake timers are advanced, and only then awaited.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface ReservoirReading {
  ec: number;
  ph: number;
  litres: number;
}

interface NutrientController {
  start(): Promise<void>;
  stop(): Promise<void>;
  balance(target: { ec: number; ph: number }): Promise<ReservoirReading>;
  flush(litres: number): Promise<void>;
}

declare function createNutrientController(deps: {
  probe: { read(): Promise<ReservoirReading> };
  pumps: { run(channel: string, ms: number): Promise<void> };
  settleMs: number;
}): NutrientController;

describe('nutrient controller', () => {
  const probe = { read: vi.fn<() => Promise<ReservoirReading>>() };
  const pumps = { run: vi.fn<(channel: string, ms: number) => Promise<void>>() };
  let controller: NutrientController;

  beforeEach(async () => {
    vi.useFakeTimers();
    probe.read.mockResolvedValue({ ec: 1.2, ph: 6.4, litres: 380 });
    pumps.run.mockResolvedValue(undefined);
    controller = createNutrientController({ probe, pumps, settleMs: 30_000 });
    await controller.start();
  });

  afterEach(async () => {
    await controller.stop();
    vi.useRealTimers();
    vi.clearAllMocks();
  });

  it('doses nutrient A until EC reaches target', async () => {
    probe.read
      .mockResolvedValueOnce({ ec: 1.2, ph: 6.0, litres: 380 })
      .mockResolvedValueOnce({ ec: 1.8, ph: 6.0, litres: 381 });

    const balancing = controller.balance({ ec: 1.8, ph: 6.0 });
    const assertion = expect(balancing).resolves.toMatchObject({ ec: 1.8 });
    await vi.advanceTimersByTimeAsync(30_000);
    await assertion;

    expect(pumps.run).toHaveBeenCalledWith('nutrient-a', expect.any(Number));
  });

  it('gives up when the probe keeps failing', async () => {
    probe.read.mockRejectedValue(new Error('probe offline'));

    const balancing = controller.balance({ ec: 1.8, ph: 6.0 });
    const assertion = expect(balancing).rejects.toThrow('probe offline');
    await vi.advanceTimersByTimeAsync(120_000);
    await assertion;
  });

  it('refuses to flush more than the reservoir holds', async () => {
    await expect(controller.flush(10_000)).rejects.toThrow(/exceeds reservoir/);
    expect(pumps.run).not.toHaveBeenCalled();
  });
});
