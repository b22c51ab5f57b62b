// expect: no-multiple-settle
// waitForTrim never clears its timeout on success, so the timer later rejects an already-resolved promise.
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const afterEach: (fn: () => void | Promise<void>) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toBeCloseTo(expected: number, digits?: number): void;
  toBeLessThanOrEqual(expected: number): void;
  rejects: { toThrow(message?: string | RegExp): Promise<void> };
};

const TRIM_TOLERANCE_MM = 5;

class SimulatedLineSetWinch extends EventEmitter {
  positionMm = 0;
  private ticker: NodeJS.Timeout | undefined;

  constructor(private readonly speedMmPerTick: number) {
    super();
  }

  fly(targetMm: number): void {
    this.stop();
    this.ticker = setInterval(() => {
      const delta = targetMm - this.positionMm;
      if (Math.abs(delta) <= this.speedMmPerTick) {
        this.positionMm = targetMm;
        this.stop();
      } else {
        this.positionMm += Math.sign(delta) * this.speedMmPerTick;
      }
      this.emit('position', this.positionMm);
    }, 2);
  }

  stop(): void {
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = undefined;
  }
}

function waitForTrim(winch: SimulatedLineSetWinch, targetMm: number, timeoutMs: number): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const onPosition = (mm: number) => {
      if (Math.abs(mm - targetMm) <= TRIM_TOLERANCE_MM) {
        winch.off('position', onPosition);
        resolve(mm);
      }
    };
    setTimeout(() => {
      winch.off('position', onPosition);
      winch.stop();
      reject(new Error(`batten did not reach ${targetMm}mm within ${timeoutMs}ms`));
    }, timeoutMs);
    winch.on('position', onPosition);
  });
}

async function flyTo(winch: SimulatedLineSetWinch, targetMm: number, timeoutMs = 500): Promise<number> {
  const arrived = waitForTrim(winch, targetMm, timeoutMs);
  winch.fly(targetMm);
  return arrived;
}

describe('line set trim', () => {
  let winch: SimulatedLineSetWinch;

  beforeEach(() => {
    winch = new SimulatedLineSetWinch(40);
  });

  afterEach(() => {
    winch.stop();
    winch.removeAllListeners();
  });

  it('flies the batten to its show trim', async () => {
    const final = await flyTo(winch, 1_200);
    expect(Math.abs(final - 1_200)).toBeLessThanOrEqual(TRIM_TOLERANCE_MM);
    expect(winch.positionMm).toBe(1_200);
  });

  it('flies back to the deck for a cue reset', async () => {
    await flyTo(winch, 800);
    const final = await flyTo(winch, 0);
    expect(final).toBeCloseTo(0);
  });

  it('fails when the winch cannot reach trim in time', async () => {
    const slow = new SimulatedLineSetWinch(1);
    await expect(flyTo(slow, 5_000, 50)).rejects.toThrow(/did not reach 5000mm/);
    slow.stop();
  });
});
