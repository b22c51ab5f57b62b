// expect: no-multiple-settle
// waitForSoakTemperature resolves from a persistent 'reading' listener that is never removed, so every later reading above target calls resolve again.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';

class KilnController extends EventEmitter {
  private celsius = 20;
  private ticker: NodeJS.Timeout | undefined;

  constructor(private readonly rampPerTick: number) {
    super();
  }

  start(tickMs = 1000): void {
    this.ticker = setInterval(() => {
      this.celsius += this.rampPerTick;
      this.emit('reading', this.celsius);
      if (this.celsius > 820) this.emit('fault', new Error('thermocouple over range'));
    }, tickMs);
  }

  stop(): void {
    clearInterval(this.ticker);
  }
}

function waitForSoakTemperature(kiln: KilnController, targetC: number): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    kiln.once('fault', reject);
    kiln.on('reading', (celsius: number) => {
      if (celsius >= targetC) {
        kiln.off('fault', reject);
        resolve(celsius);
      }
    });
  });
}

describe('waitForSoakTemperature', () => {
  let kiln: KilnController;

  beforeEach(() => {
    vi.useFakeTimers();
    kiln = new KilnController(50);
    kiln.start(1000);
  });

  afterEach(() => {
    kiln.stop();
    kiln.removeAllListeners();
    vi.useRealTimers();
  });

  it('resolves once the kiln reaches the fusing soak temperature', async () => {
    const reached = waitForSoakTemperature(kiln, 620);
    await vi.advanceTimersByTimeAsync(12_000);
    await expect(reached).resolves.toBe(620);
  });

  it('rejects when the controller reports a fault before the target', async () => {
    const reached = waitForSoakTemperature(kiln, 900);
    const assertion = expect(reached).rejects.toThrow('thermocouple over range');
    await vi.advanceTimersByTimeAsync(20_000);
    await assertion;
  });

  it('reports the first reading at or above target, not a later one', async () => {
    const onReading = vi.fn();
    kiln.on('reading', onReading);
    const reached = waitForSoakTemperature(kiln, 270);
    await vi.advanceTimersByTimeAsync(8_000);
    expect(onReading).toHaveBeenCalledTimes(8);
    await expect(reached).resolves.toBe(270);
  });
});
