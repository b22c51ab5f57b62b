// expect: no-swallowed-abort
// PoleRaiser.raise catches every error, including the AbortError from a cancelled raise, and rethrows it as a RiggingError, so the abort loses its name and callers treat a cancel as a rigging fault.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Winch {
  height(poleId: string): Promise<number>;
  pull(poleId: string, metres: number, opts: { signal?: AbortSignal }): Promise<number>;
  lineLoadKN(poleId: string): Promise<number>;
  brake(poleId: string): Promise<void>;
}

class RiggingError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RiggingError';
  }
}

class PoleRaiser {
  constructor(
    private readonly winch: Winch,
    private readonly stepM = 0.5,
    private readonly maxLoadKN = 42,
  ) {}

  async raise(poleId: string, targetM: number, signal?: AbortSignal): Promise<number> {
    let height = await this.winch.height(poleId);
    try {
      while (height < targetM) {
        signal?.throwIfAborted();
        const step = Math.min(this.stepM, targetM - height);
        height = await this.winch.pull(poleId, step, { signal });
        const load = await this.winch.lineLoadKN(poleId);
        if (load > this.maxLoadKN) throw new Error(`line load ${load} kN over limit`);
      }
      return height;
    } catch (err) {
      await this.winch.brake(poleId);
      throw new RiggingError(`king pole ${poleId} stopped at ${height.toFixed(1)} m`, { cause: err });
    }
  }
}

describe('PoleRaiser', () => {
  let current: number;
  let winch: { [K in keyof Winch]: ReturnType<typeof vi.fn<Winch[K]>> };

  beforeEach(() => {
    current = 0;
    winch = {
      height: vi.fn(async () => current),
      pull: vi.fn(async (_pole: string, metres: number) => {
        current += metres;
        return current;
      }),
      lineLoadKN: vi.fn(async () => 30),
      brake: vi.fn(async () => {}),
    };
  });

  afterEach(() => {
    vi.clearAllMocks();
  });

  it('raises the pole in steps until the target height', async () => {
    const raiser = new PoleRaiser(winch, 0.5);
    expect(await raiser.raise('KP-1', 2)).toBe(2);
    expect(winch.pull).toHaveBeenCalledTimes(4);
    expect(winch.brake).not.toHaveBeenCalled();
  });

  it('brakes and reports a rigging fault when the line is overloaded', async () => {
    winch.lineLoadKN.mockResolvedValueOnce(30).mockResolvedValueOnce(55);
    const raiser = new PoleRaiser(winch, 0.5);
    await expect(raiser.raise('KP-2', 3)).rejects.toThrow(RiggingError);
    expect(winch.brake).toHaveBeenCalledWith('KP-2');
  });

  it('brakes when the crew chief cancels the raise', async () => {
    const ctrl = new AbortController();
    winch.pull.mockImplementationOnce(async (_pole: string, metres: number) => {
      current += metres;
      ctrl.abort();
      return current;
    });
    const raiser = new PoleRaiser(winch, 0.5);
    await expect(raiser.raise('KP-3', 3, ctrl.signal)).rejects.toThrow(/stopped at 0.5 m/);
    expect(winch.brake).toHaveBeenCalledTimes(1);
  });
});
