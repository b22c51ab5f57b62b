// expect: no-swallowed-abort
// The waitUntilStopped helper catches every error from the status call and the delay, including the AbortError when the test's controller aborts, keeps looping, and finally throws a generic "never stopped" error.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { setTimeout as delay } from 'node:timers/promises';

type DriveState = 'running' | 'decelerating' | 'stopped' | 'fault';

class EscalatorPanel {
  private state: DriveState = 'running';
  private timers: ReturnType<typeof setTimeout>[] = [];

  async status(opts: { signal?: AbortSignal } = {}): Promise<DriveState> {
    opts.signal?.throwIfAborted();
    await delay(1, undefined, opts);
    return this.state;
  }

  requestStop(decelMs: number) {
    this.state = 'decelerating';
    this.timers.push(setTimeout(() => (this.state = 'stopped'), decelMs));
  }

  jam() {
    this.state = 'decelerating';
  }

  shutdown() {
    this.timers.forEach(clearTimeout);
  }
}

async function waitUntilStopped(panel: EscalatorPanel, signal: AbortSignal, attempts = 40): Promise<void> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      const state = await panel.status({ signal });
      if (state === 'stopped') return;
      if (state === 'fault') throw new Error('drive reported a fault while stopping');
      await delay(10, undefined, { signal });
    } catch (err) {
      lastError = err;
    }
  }
  throw new Error(`escalator never reported stopped (last error: ${String(lastError)})`);
}

describe('escalator emergency stop', () => {
  let panel: EscalatorPanel;
  let controller: AbortController;

  beforeEach(() => {
    panel = new EscalatorPanel();
    controller = new AbortController();
  });

  afterEach(() => {
    controller.abort();
    panel.shutdown();
  });

  it('decelerates to a stop', async () => {
    panel.requestStop(50);
    await expect(waitUntilStopped(panel, controller.signal)).resolves.toBeUndefined();
  });

  it('gives up when the drive never stops', async () => {
    panel.jam();
    await expect(waitUntilStopped(panel, controller.signal, 5)).rejects.toThrow(/never reported stopped/);
  });

  it('stops waiting when the inspection is cancelled', async () => {
    panel.jam();
    const waiting = waitUntilStopped(panel, controller.signal);
    const assertion = expect(waiting).rejects.toThrow();
    setTimeout(() => controller.abort(), 30);
    await assertion;
  });

  it('polls the panel while decelerating', async () => {
    const spy = vi.spyOn(panel, 'status');
    panel.requestStop(40);
    await waitUntilStopped(panel, controller.signal);
    expect(spy.mock.calls.length).toBeGreaterThan(1);
  });
});
