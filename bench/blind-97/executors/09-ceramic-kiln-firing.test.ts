// expect: none
// The stored waiter is taken out of `this.waiter` before it is resolved or rejected, and a fault, a timeout or close() each settle it through that single hand-off, so it can neither settle twice nor be left hanging.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';

interface Thermocouple {
  readCelsius(): number;
}

interface Waiter {
  target: number;
  resolve: (reachedAt: number) => void;
  reject: (err: Error) => void;
  deadline: NodeJS.Timeout;
}

class KilnController {
  private waiter: Waiter | null = null;
  private readonly sampler: NodeJS.Timeout;

  constructor(private readonly probe: Thermocouple, sampleMs = 1_000) {
    this.sampler = setInterval(() => this.sample(), sampleMs);
  }

  waitForCone(target: number, timeoutMs: number): Promise<number> {
    if (this.waiter) return Promise.reject(new Error('already waiting for a cone temperature'));
    return new Promise<number>((resolve, reject) => {
      const deadline = setTimeout(() => {
        this.take()?.reject(new Error(`kiln did not reach ${target}°C in ${timeoutMs}ms`));
      }, timeoutMs);
      this.waiter = { target, resolve, reject, deadline };
    });
  }

  close(): void {
    clearInterval(this.sampler);
    this.take()?.reject(new Error('kiln controller closed'));
  }

  private take(): Waiter | null {
    const w = this.waiter;
    if (w) clearTimeout(w.deadline);
    this.waiter = null;
    return w;
  }

  private sample(): void {
    if (!this.waiter) return;
    let celsius: number;
    try {
      celsius = this.probe.readCelsius();
    } catch (err) {
      this.take()?.reject(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    if (celsius >= this.waiter.target) this.take()?.resolve(celsius);
  }
}

describe('KilnController.waitForCone', () => {
  let readings: number[];
  let kiln: KilnController;

  beforeEach(() => {
    mock.timers.enable({ apis: ['setTimeout', 'setInterval'] });
    readings = [];
    kiln = new KilnController({ readCelsius: () => readings.shift() ?? 20 });
  });

  afterEach(() => {
    kiln.close();
    mock.timers.reset();
  });

  it('resolves with the first reading at or above the cone target', async () => {
    readings.push(900, 1150, 1222, 1240);
    const reached = kiln.waitForCone(1220, 60_000);
    mock.timers.tick(3_000);
    assert.equal(await reached, 1222);
  });

  it('rejects when the thermocouple faults mid-ramp', async () => {
    const faulty = new KilnController({
      readCelsius: () => {
        throw new Error('thermocouple open circuit');
      },
    });
    try {
      const rejection = assert.rejects(faulty.waitForCone(1000, 60_000), /open circuit/);
      mock.timers.tick(1_000);
      await rejection;
    } finally {
      faulty.close();
    }
  });

  it('rejects a pending wait when the controller is closed', async () => {
    const rejection = assert.rejects(kiln.waitForCone(1280, 60_000), /closed/);
    kiln.close();
    await rejection;
  });
});
