// expect: no-unobserved-promise
// In the jam test, `run` rejects while the fake clock is advanced and only gets a handler at the later `await expect(run).rejects`, so the rejection is briefly unhandled.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => unknown) => void;
declare const beforeEach: (fn: () => unknown) => void;
declare const afterEach: (fn: () => unknown) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};
declare const vi: {
  useFakeTimers(): void;
  useRealTimers(): void;
  advanceTimersByTimeAsync(ms: number): Promise<void>;
};

interface FeedOutcome {
  penId: string;
  kg: number;
  durationMs: number;
}

interface AugerMotor {
  start(rpm: number): void;
  stop(): void;
  turnsSinceStart(): number;
}

interface FeederController {
  feed(penId: string, kg: number): Promise<FeedOutcome>;
}

declare function createFeederController(motor: AugerMotor, opts: { watchdogMs: number; gramsPerTurn: number }): FeederController;

const WATCHDOG_MS = 4_000;
const GRAMS_PER_TURN = 50;

class FakeMotor implements AugerMotor {
  jammed = false;
  stopCalls = 0;
  private startedAt = 0;
  private rpm = 0;

  start(rpm: number): void {
    this.rpm = rpm;
    this.startedAt = Date.now();
  }

  stop(): void {
    this.stopCalls++;
    this.rpm = 0;
  }

  turnsSinceStart(): number {
    if (this.jammed) {
      return 0;
    }
    return Math.floor(((Date.now() - this.startedAt) / 60_000) * this.rpm);
  }
}

describe('feeder controller watchdog', () => {
  let motor: FakeMotor;
  let controller: FeederController;

  beforeEach(() => {
    vi.useFakeTimers();
    motor = new FakeMotor();
    controller = createFeederController(motor, { watchdogMs: WATCHDOG_MS, gramsPerTurn: GRAMS_PER_TURN });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('feeds the requested amount and stops the auger', async () => {
    const [outcome] = await Promise.all([controller.feed('pen-1', 1), vi.advanceTimersByTimeAsync(30_000)]);
    expect(outcome.kg).toBe(1);
    expect(motor.stopCalls).toBe(1);
  });

  it('rejects when the auger stays jammed past the watchdog window', async () => {
    motor.jammed = true;
    const run = controller.feed('pen-4', 2.5);

    await vi.advanceTimersByTimeAsync(WATCHDOG_MS + 100);
    expect(motor.stopCalls).toBe(1);

    await expect(run).rejects.toThrow(/jammed/);
  });

  it('refuses a zero portion without touching the motor', async () => {
    await expect(controller.feed('pen-2', 0)).rejects.toThrow(/portion/);
    expect(motor.stopCalls).toBe(0);
  });
});
