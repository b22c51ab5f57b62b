// expect: none
// nextEvent races an event listener against a timer and the caller's signal, and its finally removes every listener and clears the timer.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface LaunchWindowDetail {
  site: string;
  windKmh: number;
  opensAt: string;
}

class LaunchControl extends EventTarget {
  announce(detail: LaunchWindowDetail): void {
    this.dispatchEvent(new CustomEvent<LaunchWindowDetail>('window-open', { detail }));
  }
  cancel(site: string, reason: string): void {
    this.dispatchEvent(new CustomEvent('window-cancelled', { detail: { site, reason } }));
  }
}

async function nextEvent<T>(
  target: EventTarget,
  type: string,
  { timeoutMs, signal }: { timeoutMs: number; signal?: AbortSignal },
): Promise<T> {
  signal?.throwIfAborted();
  let onEvent!: (e: Event) => void;
  let onAbort!: () => void;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      new Promise<T>((resolve) => {
        onEvent = (e) => resolve((e as CustomEvent<T>).detail);
        target.addEventListener(type, onEvent, { once: true });
      }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no ${type} within ${timeoutMs}ms`)), timeoutMs);
      }),
      new Promise<never>((_, reject) => {
        onAbort = () => reject(signal?.reason);
        signal?.addEventListener('abort', onAbort, { once: true });
      }),
    ]);
  } finally {
    clearTimeout(timer);
    target.removeEventListener(type, onEvent);
    signal?.removeEventListener('abort', onAbort);
  }
}

describe('lantern launch window announcements', () => {
  let control: LaunchControl;

  beforeEach(() => {
    control = new LaunchControl();
  });

  it('delivers the announced window', async () => {
    const waiting = nextEvent<LaunchWindowDetail>(control, 'window-open', { timeoutMs: 500 });
    control.announce({ site: 'riverside-steps', windKmh: 6, opensAt: '20:15' });
    assert.deepEqual(await waiting, { site: 'riverside-steps', windKmh: 6, opensAt: '20:15' });
  });

  it('times out when no window is announced', async () => {
    await assert.rejects(nextEvent(control, 'window-open', { timeoutMs: 20 }), /no window-open within 20ms/);
  });

  it('stops waiting when the festival is called off', async () => {
    const controller = new AbortController();
    const waiting = nextEvent(control, 'window-open', { timeoutMs: 5000, signal: controller.signal });
    controller.abort(new Error('storm warning'));
    await assert.rejects(waiting, /storm warning/);
  });

  it('ignores cancellations for other event types', async () => {
    const waiting = nextEvent<LaunchWindowDetail>(control, 'window-open', { timeoutMs: 500 });
    control.cancel('harbour-wall', 'crowd too large');
    control.announce({ site: 'harbour-wall', windKmh: 9, opensAt: '21:00' });
    const detail = await waiting;
    assert.equal(detail.site, 'harbour-wall');
  });
});
