// expect: none
// Every path through the stored deferred (beam break, timeout, disarm) takes it out of the sensor and clears its timer first, so it settles at most once and always eventually.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface BeamBreak {
  dogId: string;
  atMs: number;
}

interface ArmedRun {
  dogId: string;
  resolve: (value: BeamBreak) => void;
  reject: (reason: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

class StartLineSensor {
  private pending: ArmedRun | null = null;

  constructor(private readonly clock: () => number = Date.now) {}

  get armed(): boolean {
    return this.pending !== null;
  }

  armForRun(dogId: string, timeoutMs: number): Promise<BeamBreak> {
    if (this.pending) {
      throw new Error(`sensor already armed for ${this.pending.dogId}`);
    }
    const { promise, resolve, reject } = Promise.withResolvers<BeamBreak>();
    const timer = setTimeout(() => {
      this.take()?.reject(new Error(`${dogId} did not cross the start line within ${timeoutMs} ms`));
    }, timeoutMs);
    this.pending = { dogId, resolve, reject, timer };
    return promise;
  }

  handleBeamBreak(): void {
    const run = this.take();
    if (run) run.resolve({ dogId: run.dogId, atMs: this.clock() });
  }

  disarm(reason = 'run cancelled by judge'): void {
    this.take()?.reject(new Error(reason));
  }

  private take(): ArmedRun | null {
    const run = this.pending;
    if (!run) return null;
    this.pending = null;
    clearTimeout(run.timer);
    return run;
  }
}

describe('StartLineSensor', () => {
  let now: number;
  let sensor: StartLineSensor;

  beforeEach(() => {
    vi.useFakeTimers();
    now = 1_000;
    sensor = new StartLineSensor(() => now);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves with the time of the first beam break', async () => {
    const run = sensor.armForRun('bolt', 45_000);
    now = 4_250;
    sensor.handleBeamBreak();
    await expect(run).resolves.toEqual({ dogId: 'bolt', atMs: 4_250 });
    expect(sensor.armed).toBe(false);
  });

  it('ignores beam breaks when nothing is armed', () => {
    expect(() => sensor.handleBeamBreak()).not.toThrow();
    expect(sensor.armed).toBe(false);
  });

  it('refuses to arm twice for overlapping runs', async () => {
    const first = sensor.armForRun('bolt', 45_000);
    expect(() => sensor.armForRun('juno', 45_000)).toThrow(/already armed for bolt/);
    sensor.handleBeamBreak();
    await expect(first).resolves.toMatchObject({ dogId: 'bolt' });
  });

  it('rejects when the dog never leaves the start', async () => {
    const run = sensor.armForRun('pepper', 30_000);
    const outcome = expect(run).rejects.toThrow(/pepper did not cross the start line/);
    vi.advanceTimersByTime(30_000);
    await outcome;
    expect(sensor.armed).toBe(false);
  });

  it('does not fire the timeout after a clean start', async () => {
    const run = sensor.armForRun('moss', 30_000);
    sensor.handleBeamBreak();
    await expect(run).resolves.toMatchObject({ dogId: 'moss' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects the armed run when the judge disarms', async () => {
    const run = sensor.armForRun('kit', 30_000);
    sensor.disarm('handler fault at start');
    await expect(run).rejects.toThrow('handler fault at start');
    expect(vi.getTimerCount()).toBe(0);
  });
});
