// expect: none
// waitForState resolves or rejects once: the matching 'state' listener, the 'fault' listener and the timeout all call cleanup() which removes every listener and clears the timer.
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
};

type InverterState = 'standby' | 'syncing' | 'grid-tied' | 'derated' | 'tripped';

class FakeInverter extends EventEmitter {
  state: InverterState = 'standby';

  step(next: InverterState, delayMs = 5): void {
    setTimeout(() => {
      this.state = next;
      this.emit('state', next);
    }, delayMs);
  }

  trip(code: string, delayMs = 5): void {
    setTimeout(() => this.emit('fault', { code }), delayMs);
  }
}

function waitForState(inv: FakeInverter, target: InverterState, timeoutMs = 500): Promise<InverterState[]> {
  return new Promise<InverterState[]>((resolve, reject) => {
    const seen: InverterState[] = [];

    const cleanup = () => {
      clearTimeout(timer);
      inv.off('state', onState);
      inv.off('fault', onFault);
    };
    const onState = (s: InverterState) => {
      seen.push(s);
      if (s === target) {
        cleanup();
        resolve(seen);
      }
    };
    const onFault = (f: { code: string }) => {
      cleanup();
      reject(new Error(`inverter fault ${f.code} while waiting for ${target}`));
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out waiting for ${target}; saw ${seen.join(' -> ') || 'nothing'}`));
    }, timeoutMs);

    inv.on('state', onState);
    inv.on('fault', onFault);
  });
}

describe('string inverter grid handshake', () => {
  it('passes through syncing before tying to the grid', async () => {
    const inv = new FakeInverter();
    inv.step('syncing', 5);
    inv.step('grid-tied', 15);
    const path = await waitForState(inv, 'grid-tied');
    expect(path).toEqual(['syncing', 'grid-tied']);
    expect(inv.listenerCount('state')).toBe(0);
  });

  it('surfaces an anti-islanding trip as a rejection', async () => {
    const inv = new FakeInverter();
    inv.step('syncing', 5);
    inv.trip('ANTI_ISLAND', 10);
    let message = '';
    try {
      await waitForState(inv, 'grid-tied');
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message.includes('ANTI_ISLAND')).toBe(true);
    expect(inv.listenerCount('fault')).toBe(0);
  });

  it('times out when the inverter never leaves standby', async () => {
    const inv = new FakeInverter();
    const started = Date.now();
    await waitForState(inv, 'grid-tied', 40).catch(() => undefined);
    expect(Date.now() - started).toBeGreaterThan(30);
    expect(inv.listenerCount('state')).toBe(0);
  });
});
