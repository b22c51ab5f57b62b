// expect: none
// waitForDock settles once: 'docked' and 'fault' listeners plus a timeout, with a shared cleanup that clears the timer and removes both listeners.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface DockEvent {
  cabinId: number;
  station: 'valley' | 'middle' | 'summit';
  doorsOpen: boolean;
}

class GondolaLine extends EventEmitter {
  arrive(event: DockEvent): void {
    this.emit('docked', event);
  }
  fail(code: string): void {
    this.emit('fault', new Error(`line fault ${code}`));
  }
}

function waitForDock(line: GondolaLine, cabinId: number, timeoutMs: number): Promise<DockEvent> {
  return new Promise<DockEvent>((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      line.off('docked', onDocked);
      line.off('fault', onFault);
    };
    const onDocked = (event: DockEvent) => {
      if (event.cabinId !== cabinId) return;
      cleanup();
      resolve(event);
    };
    const onFault = (err: Error) => {
      cleanup();
      reject(err);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`cabin ${cabinId} did not dock within ${timeoutMs}ms`));
    }, timeoutMs);
    line.on('docked', onDocked);
    line.on('fault', onFault);
  });
}

describe('waitForDock', () => {
  let line: GondolaLine;

  beforeEach(() => {
    line = new GondolaLine();
  });

  it('resolves with the matching cabin only', async () => {
    const pending = waitForDock(line, 7, 1_000);
    line.arrive({ cabinId: 3, station: 'middle', doorsOpen: false });
    line.arrive({ cabinId: 7, station: 'summit', doorsOpen: true });
    const event = await pending;
    assert.equal(event.station, 'summit');
    assert.equal(line.listenerCount('docked'), 0);
    assert.equal(line.listenerCount('fault'), 0);
  });

  it('rejects on a line fault and detaches listeners', async () => {
    const pending = waitForDock(line, 2, 1_000);
    line.fail('E42');
    await assert.rejects(pending, /line fault E42/);
    assert.equal(line.listenerCount('docked'), 0);
  });

  it('rejects after the timeout when nothing docks', async () => {
    const pending = waitForDock(line, 5, 20);
    await assert.rejects(pending, /did not dock within 20ms/);
    assert.equal(line.listenerCount('fault'), 0);
  });

  it('ignores a fault raised after the cabin has docked', async () => {
    const pending = waitForDock(line, 9, 1_000);
    line.arrive({ cabinId: 9, station: 'valley', doorsOpen: true });
    line.on('fault', () => undefined);
    line.fail('late');
    const event = await pending;
    assert.equal(event.cabinId, 9);
  });
});
