// expect: no-swallowed-abort
// PourController.pour catches every error from the crucible, including the AbortError raised when the operator cancels, and returns a normal 'failed' result, so callers cannot tell an emergency stop from a mechanical fault.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Crucible {
  tilt(angleDeg: number, opts: { signal: AbortSignal }): Promise<number>;
  level(): Promise<void>;
}

interface PourResult {
  mouldId: string;
  status: 'poured' | 'failed';
  pouredKg: number;
  detail?: string;
}

class PourController {
  constructor(private readonly crucible: Crucible) {}

  async pour(mouldId: string, targetKg: number, signal: AbortSignal): Promise<PourResult> {
    let pouredKg = 0;
    try {
      for (let angle = 15; pouredKg < targetKg; angle = Math.min(angle + 5, 95)) {
        pouredKg += await this.crucible.tilt(angle, { signal });
      }
      return { mouldId, status: 'poured', pouredKg };
    } catch (err) {
      return { mouldId, status: 'failed', pouredKg, detail: (err as Error).message };
    } finally {
      await this.crucible.level();
    }
  }
}

describe('PourController', () => {
  let crucible: { tilt: ReturnType<typeof vi.fn>; level: ReturnType<typeof vi.fn> };
  let controller: PourController;
  let abort: AbortController;

  beforeEach(() => {
    crucible = { tilt: vi.fn().mockResolvedValue(40), level: vi.fn().mockResolvedValue(undefined) };
    controller = new PourController(crucible as unknown as Crucible);
    abort = new AbortController();
  });

  afterEach(() => {
    abort.abort();
    vi.restoreAllMocks();
  });

  it('tilts until the mould is full', async () => {
    const result = await controller.pour('tenor-mould', 110, abort.signal);
    expect(result).toEqual({ mouldId: 'tenor-mould', status: 'poured', pouredKg: 120 });
    expect(crucible.tilt).toHaveBeenCalledTimes(3);
    expect(crucible.tilt.mock.calls.map((c) => c[0])).toEqual([15, 20, 25]);
  });

  it('always levels the crucible afterwards', async () => {
    crucible.tilt.mockRejectedValueOnce(new Error('trunnion jammed'));
    const result = await controller.pour('treble-mould', 50, abort.signal);
    expect(result.status).toBe('failed');
    expect(result.detail).toBe('trunnion jammed');
    expect(crucible.level).toHaveBeenCalledOnce();
  });

  it('hands the signal to the crucible', async () => {
    await controller.pour('sanctus-mould', 10, abort.signal);
    expect(crucible.tilt).toHaveBeenCalledWith(15, { signal: abort.signal });
  });

  it('stops when the operator hits the emergency stop', async () => {
    crucible.tilt.mockImplementation((_angle: number, opts: { signal: AbortSignal }) => {
      abort.abort();
      return Promise.reject(opts.signal.reason);
    });
    const result = await controller.pour('tenor-mould', 110, abort.signal);
    expect(result.pouredKg).toBe(0);
    expect(crucible.level).toHaveBeenCalledOnce();
  });
});
