// expect: no-leaked-race
// withDeadline races the scan against a timeout promise whose setTimeout is never cleared, so every scan that finishes in time still leaves a live timer behind that holds the process open and later fires a rejection nobody is listening for.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface SurfaceScan {
  lensId: string;
  peakToValleyNm: number;
  scratches: number;
}

interface Interferometer {
  scan(lensId: string): Promise<SurfaceScan>;
  shutdown(): Promise<void>;
}

class DeadlineError extends Error {
  constructor(what: string, ms: number) {
    super(`${what} did not finish within ${ms}ms`);
    this.name = 'DeadlineError';
  }
}

function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  const deadline = new Promise<never>((_, reject) => {
    setTimeout(() => reject(new DeadlineError(what, ms)), ms);
  });
  return Promise.race([work, deadline]);
}

class InspectionStation {
  constructor(
    private readonly meter: Interferometer,
    private readonly scanBudgetMs = 30_000,
  ) {}

  async inspect(lensId: string): Promise<'pass' | 'repolish'> {
    const scan = await withDeadline(this.meter.scan(lensId), this.scanBudgetMs, `scan of ${lensId}`);
    return scan.peakToValleyNm <= 160 && scan.scratches === 0 ? 'pass' : 'repolish';
  }

  close(): Promise<void> {
    return this.meter.shutdown();
  }
}

describe('InspectionStation', () => {
  let meter: Interferometer;
  let station: InspectionStation;

  beforeEach(() => {
    vi.useFakeTimers();
    meter = {
      scan: vi.fn(async (lensId: string) => ({ lensId, peakToValleyNm: 120, scratches: 0 })),
      shutdown: vi.fn(async () => {}),
    };
    station = new InspectionStation(meter, 5_000);
  });

  afterEach(async () => {
    await station.close();
    vi.useRealTimers();
  });

  it('passes a lens within figure tolerance', async () => {
    await expect(station.inspect('fresnel-4')).resolves.toBe('pass');
  });

  it('sends scratched lenses back to polishing', async () => {
    vi.mocked(meter.scan).mockResolvedValueOnce({ lensId: 'prism-2', peakToValleyNm: 90, scratches: 2 });
    await expect(station.inspect('prism-2')).resolves.toBe('repolish');
  });

  it('gives up on a hung interferometer', async () => {
    vi.mocked(meter.scan).mockReturnValueOnce(new Promise<SurfaceScan>(() => {}));
    await Promise.all([
      expect(station.inspect('bullseye-1')).rejects.toThrow('did not finish within 5000ms'),
      vi.advanceTimersByTimeAsync(5_000),
    ]);
  });

  it('shuts the interferometer down on close', async () => {
    await station.close();
    expect(meter.shutdown).toHaveBeenCalled();
  });
});
