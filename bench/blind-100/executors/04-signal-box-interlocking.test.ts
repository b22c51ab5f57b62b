// expect: none
// The waitForAspect helper keeps an on('aspect') listener for several events but removes both listeners and clears its timer the moment it settles, and it also listens for 'fault', so it settles exactly once on every outcome.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';

type Aspect = 'red' | 'yellow' | 'double-yellow' | 'green';

interface AspectChange {
  signalId: string;
  aspect: Aspect;
}

class SignalBox extends EventEmitter {
  private readonly locked = new Set<string>();

  setRoute(routeId: string, signals: string[], pointsOk: boolean): void {
    if (this.locked.has(routeId)) throw new Error(`route ${routeId} already set`);
    this.locked.add(routeId);
    setTimeout(() => {
      if (!pointsOk) {
        this.emit('fault', new Error(`points failed to detect on ${routeId}`));
        return;
      }
      for (const signalId of signals) {
        this.emit('aspect', { signalId, aspect: 'yellow' } satisfies AspectChange);
        this.emit('aspect', { signalId, aspect: 'green' } satisfies AspectChange);
      }
    }, 1200);
  }

  release(routeId: string): void {
    this.locked.delete(routeId);
  }
}

function waitForAspect(box: SignalBox, signalId: string, wanted: Aspect, timeoutMs = 5000): Promise<AspectChange> {
  return new Promise<AspectChange>((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      box.off('aspect', onAspect);
      box.off('fault', onFault);
    };
    const onAspect = (change: AspectChange) => {
      if (change.signalId !== signalId || change.aspect !== wanted) return;
      cleanup();
      resolve(change);
    };
    const onFault = (err: Error) => {
      cleanup();
      reject(err);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`${signalId} never showed ${wanted}`));
    }, timeoutMs);
    box.on('aspect', onAspect);
    box.on('fault', onFault);
  });
}

describe('SignalBox route setting', () => {
  let box: SignalBox;

  beforeEach(() => {
    vi.useFakeTimers();
    box = new SignalBox();
  });

  afterEach(() => {
    box.removeAllListeners();
    vi.useRealTimers();
  });

  it('clears the starter signal to green once the route is locked', async () => {
    const assertion = expect(waitForAspect(box, 'S12', 'green')).resolves.toEqual({ signalId: 'S12', aspect: 'green' });
    box.setRoute('R3', ['S12', 'S14'], true);
    await vi.advanceTimersByTimeAsync(1200);
    await assertion;
    expect(box.listenerCount('aspect')).toBe(0);
  });

  it('fails the wait when points do not detect', async () => {
    const assertion = expect(waitForAspect(box, 'S12', 'green')).rejects.toThrow('points failed');
    box.setRoute('R4', ['S12'], false);
    await vi.advanceTimersByTimeAsync(1200);
    await assertion;
    expect(box.listenerCount('fault')).toBe(0);
  });

  it('times out when the signal stays at danger', async () => {
    const assertion = expect(waitForAspect(box, 'S99', 'green', 3000)).rejects.toThrow('never showed');
    box.setRoute('R5', ['S12'], true);
    await vi.advanceTimersByTimeAsync(3000);
    await assertion;
  });

  it('refuses to set a route twice', () => {
    box.setRoute('R6', ['S20'], true);
    expect(() => box.setRoute('R6', ['S20'], true)).toThrow('already set');
  });
});
