// expect: none
// The waitFor helper registers once-handlers for both the event and 'error', removes the other on settle, and clears its fake-timer timeout, so each waiter settles once.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';

// Minimal kiln controller for the neon bombarding station.
class KilnController extends EventEmitter {
  private tempC = 20;
  private heater: ReturnType<typeof setInterval> | null = null;

  start(targetC: number): void {
    this.heater = setInterval(() => {
      this.tempC = Math.min(targetC, this.tempC + 50);
      this.emit('temp', this.tempC);
      if (this.tempC >= targetC) {
        this.stop();
        this.emit('ready', this.tempC);
      }
    }, 1000);
  }

  fault(reason: string): void {
    this.stop();
    this.emit('error', new Error(reason));
  }

  stop(): void {
    if (this.heater) clearInterval(this.heater);
    this.heater = null;
  }
}

function waitFor<T>(emitter: EventEmitter, event: string, timeoutMs: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onEvent = (value: T) => {
      clearTimeout(timer);
      emitter.off('error', onError);
      resolve(value);
    };
    const onError = (err: Error) => {
      clearTimeout(timer);
      emitter.off(event, onEvent);
      reject(err);
    };
    const timer = setTimeout(() => {
      emitter.off(event, onEvent);
      emitter.off('error', onError);
      reject(new Error(`timed out waiting for ${event}`));
    }, timeoutMs);
    emitter.once(event, onEvent);
    emitter.once('error', onError);
  });
}

describe('KilnController', () => {
  let kiln: KilnController;

  beforeEach(() => {
    vi.useFakeTimers();
    kiln = new KilnController();
  });

  afterEach(() => {
    kiln.stop();
    kiln.removeAllListeners();
    vi.useRealTimers();
  });

  it('reaches bombarding temperature', async () => {
    const ready = waitFor<number>(kiln, 'ready', 60_000);
    kiln.start(220);
    await vi.advanceTimersByTimeAsync(5_000);
    await expect(ready).resolves.toBe(220);
  });

  it('rejects the waiter when the thermocouple faults', async () => {
    const ready = waitFor<number>(kiln, 'ready', 60_000);
    kiln.start(400);
    await vi.advanceTimersByTimeAsync(2_000);
    kiln.fault('thermocouple open circuit');
    await expect(ready).rejects.toThrow('thermocouple open circuit');
  });

  it('times out when the heater never reaches target', async () => {
    const ready = waitFor<number>(kiln, 'ready', 3_000);
    const assertion = expect(ready).rejects.toThrow(/timed out/);
    await vi.advanceTimersByTimeAsync(3_000);
    await assertion;
    expect(kiln.listenerCount('error')).toBe(0);
  });

  it('reports intermediate temperatures', async () => {
    const seen: number[] = [];
    kiln.on('temp', (t: number) => seen.push(t));
    const ready = waitFor<number>(kiln, 'ready', 60_000);
    kiln.start(150);
    await vi.advanceTimersByTimeAsync(3_000);
    await ready;
    expect(seen).toEqual([70, 120, 150]);
  });
});
