// expect: none
// The lift's stored deferred is taken and cleared before any settle, so limit switch, fault and timeout each settle it at most once.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(pattern?: RegExp | string): Promise<void> };
  resolves: { toBe(expected: unknown): Promise<void> };
};
declare const vi: {
  useFakeTimers(): void;
  advanceTimersByTime(ms: number): void;
  fn<T extends (...args: any[]) => any>(impl?: T): T & { mock: { calls: unknown[][] } };
};

type LiftDirection = 'up' | 'down';

interface LiftMotor {
  drive(direction: LiftDirection): void;
  stop(): void;
}

class GroomingTableLift {
  private pending?: { direction: LiftDirection; resolve: (heightCm: number) => void; reject: (err: Error) => void };
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly motor: LiftMotor,
    private readonly travelTimeoutMs: number,
  ) {}

  move(direction: LiftDirection): Promise<number> {
    if (this.pending) {
      return Promise.reject(new Error(`lift already moving ${this.pending.direction}`));
    }
    const { promise, resolve, reject } = Promise.withResolvers<number>();
    this.pending = { direction, resolve, reject };
    this.timer = setTimeout(() => this.fail(new Error(`lift did not reach ${direction} limit in time`)), this.travelTimeoutMs);
    this.motor.drive(direction);
    return promise;
  }

  onLimitSwitch(heightCm: number): void {
    const pending = this.take();
    pending?.resolve(heightCm);
  }

  onMotorFault(code: string): void {
    this.fail(new Error(`motor fault ${code}`));
  }

  private fail(err: Error): void {
    const pending = this.take();
    pending?.reject(err);
  }

  private take() {
    const pending = this.pending;
    if (!pending) return undefined;
    this.pending = undefined;
    clearTimeout(this.timer);
    this.motor.stop();
    return pending;
  }
}

describe('GroomingTableLift', () => {
  let motor: LiftMotor;
  let lift: GroomingTableLift;

  beforeEach(() => {
    vi.useFakeTimers();
    motor = { drive: vi.fn(), stop: vi.fn() };
    lift = new GroomingTableLift(motor, 5_000);
  });

  it('resolves with the height reported by the limit switch', async () => {
    const moving = lift.move('up');
    lift.onLimitSwitch(92);
    await expect(moving).resolves.toBe(92);
  });

  it('ignores a second limit-switch bounce', async () => {
    const moving = lift.move('down');
    lift.onLimitSwitch(48);
    lift.onLimitSwitch(47);
    await expect(moving).resolves.toBe(48);
  });

  it('rejects on a motor fault and stops the motor', async () => {
    const moving = lift.move('up');
    lift.onMotorFault('E42');
    await expect(moving).rejects.toThrow('motor fault E42');
    expect((motor.stop as ReturnType<typeof vi.fn>).mock.calls.length).toBe(1);
  });

  it('rejects when the limit switch never fires', async () => {
    const moving = lift.move('down');
    vi.advanceTimersByTime(5_001);
    await expect(moving).rejects.toThrow(/did not reach down limit/);
  });

  it('refuses to move while already moving', async () => {
    const first = lift.move('up');
    const second = lift.move('down');
    lift.onLimitSwitch(90);
    await Promise.all([
      expect(first).resolves.toBe(90),
      expect(second).rejects.toThrow('already moving up'),
    ]);
  });
});

export {};
