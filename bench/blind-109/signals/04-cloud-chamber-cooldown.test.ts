// expect: no-leaked-race
// The `within` helper races each promise against a setTimeout that is never cleared, so every test that passes leaves its 2 s timeout timer running after the race is decided, keeping the worker alive and firing rejections into races that are long over.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter, once } from 'node:events';

interface Thermometer { readC(): Promise<number> }
interface PeltierDriver { setPower(pct: number): void }

class CooldownController extends EventEmitter {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly thermometer: Thermometer,
    private readonly peltier: PeltierDriver,
    private readonly pollMs = 5,
  ) {
    super();
  }

  cooldown(targetC: number, toleranceC = 0.5): void {
    this.stop();
    this.peltier.setPower(100);
    this.timer = setInterval(() => {
      this.thermometer.readC().then(
        (tempC) => {
          this.emit('temperature', tempC);
          if (Math.abs(tempC - targetC) <= toleranceC) {
            this.peltier.setPower(35);
            this.stop();
            this.emit('stable', tempC);
          }
        },
        (err: Error) => {
          this.peltier.setPower(0);
          this.stop();
          this.emit('fault', err);
        },
      );
    }, this.pollMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}

function within<T>(promise: Promise<T>, ms = 2_000): Promise<T> {
  const timeout = new Promise<never>((_, reject) => {
    setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]);
}

describe('CooldownController', () => {
  let readC: ReturnType<typeof vi.fn<Thermometer['readC']>>;
  let setPower: ReturnType<typeof vi.fn<PeltierDriver['setPower']>>;
  let controller: CooldownController;

  beforeEach(() => {
    readC = vi.fn<Thermometer['readC']>();
    setPower = vi.fn<PeltierDriver['setPower']>();
    controller = new CooldownController({ readC }, { setPower });
  });

  afterEach(() => {
    controller.stop();
    controller.removeAllListeners();
    vi.restoreAllMocks();
  });

  it('throttles the Peltier once the plate is at -30 C', async () => {
    readC.mockResolvedValueOnce(-12).mockResolvedValueOnce(-24).mockResolvedValue(-29.8);
    controller.cooldown(-30);
    const [tempC] = await within(once(controller, 'stable'));
    expect(tempC).toBe(-29.8);
    expect(setPower.mock.calls).toEqual([[100], [35]]);
  });

  it('cuts power and reports a fault when the thermometer fails', async () => {
    readC.mockRejectedValue(new Error('thermocouple open circuit'));
    controller.cooldown(-30);
    const [err] = await within(once(controller, 'fault'));
    expect((err as Error).message).toMatch(/open circuit/);
    expect(setPower).toHaveBeenLastCalledWith(0);
  });

  it('reports every reading while cooling', async () => {
    const seen: number[] = [];
    controller.on('temperature', (t: number) => seen.push(t));
    readC.mockResolvedValueOnce(-5).mockResolvedValueOnce(-18).mockResolvedValue(-30.2);
    controller.cooldown(-30);
    await within(once(controller, 'stable'));
    expect(seen).toEqual([-5, -18, -30.2]);
  });
});
