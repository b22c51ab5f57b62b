// expect: none
// waitForClearTrack observes the caller's signal (rejecting with its reason, clearing the poll timer and removing the abort listener) and shunt() forwards the signal to the interlocking, so cancelling a shunt stops every wait.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Interlocking {
  isClear(track: string): boolean;
  setRoute(from: string, to: string, opts: { signal?: AbortSignal }): Promise<void>;
}

function waitForClearTrack(lock: Interlocking, track: string, signal: AbortSignal, everyMs = 500): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const check = () => {
      if (lock.isClear(track)) {
        signal.removeEventListener('abort', onAbort);
        resolve();
        return;
      }
      timer = setTimeout(check, everyMs);
    };
    let timer = setTimeout(check, 0);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

async function shunt(lock: Interlocking, tram: string, from: string, to: string, signal: AbortSignal): Promise<string> {
  await waitForClearTrack(lock, to, signal);
  await lock.setRoute(from, to, { signal });
  return `${tram}: ${from} -> ${to}`;
}

describe('shunt', () => {
  let clear: Set<string>;
  let lock: Interlocking;
  let ctrl: AbortController;

  beforeEach(() => {
    vi.useFakeTimers();
    clear = new Set(['siding-2']);
    ctrl = new AbortController();
    lock = {
      isClear: (track) => clear.has(track),
      setRoute: vi.fn(async () => {}),
    };
  });

  afterEach(() => {
    ctrl.abort();
    vi.useRealTimers();
  });

  it('routes straight away when the target track is clear', async () => {
    const moved = expect(shunt(lock, 'T-08', 'road-1', 'siding-2', ctrl.signal)).resolves.toBe('T-08: road-1 -> siding-2');
    await vi.advanceTimersByTimeAsync(0);
    await moved;
    expect(lock.setRoute).toHaveBeenCalledWith('road-1', 'siding-2', { signal: ctrl.signal });
  });

  it('waits for the track to clear', async () => {
    const moved = expect(shunt(lock, 'T-15', 'road-1', 'wash-bay', ctrl.signal)).resolves.toContain('wash-bay');
    await vi.advanceTimersByTimeAsync(1_500);
    expect(lock.setRoute).not.toHaveBeenCalled();
    clear.add('wash-bay');
    await vi.advanceTimersByTimeAsync(500);
    await moved;
  });

  it('gives up when the shunt is cancelled', async () => {
    const rejected = expect(shunt(lock, 'T-15', 'road-1', 'wash-bay', ctrl.signal)).rejects.toThrow('driver stood down');
    await vi.advanceTimersByTimeAsync(2_000);
    ctrl.abort(new Error('driver stood down'));
    await rejected;
    expect(lock.setRoute).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});
