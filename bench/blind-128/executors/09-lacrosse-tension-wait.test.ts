// expect: no-multiple-settle
// When the stringing machine reports a recoverable fault the handler detaches and resets the machine but neither resolves nor rejects, leaving waitForTension pending forever.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

type MachineStatus =
  | { kind: 'tension'; sidewall: 'left' | 'right'; newtons: number }
  | { kind: 'fault'; code: string; recoverable: boolean };

class StringingMachine extends EventEmitter {
  resets = 0;
  reset(): void {
    this.resets++;
  }
  report(status: MachineStatus): void {
    this.emit('status', status);
  }
}

function waitForTension(machine: StringingMachine, targetN: number, toleranceN = 2): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const onStatus = (s: MachineStatus) => {
      if (s.kind === 'tension') {
        if (Math.abs(s.newtons - targetN) <= toleranceN) {
          machine.off('status', onStatus);
          resolve(s.newtons);
        }
        return;
      }
      machine.off('status', onStatus);
      if (s.recoverable) {
        machine.reset();
      } else {
        reject(new Error(`stringing fault ${s.code}`));
      }
    };
    machine.on('status', onStatus);
  });
}

describe('waitForTension', () => {
  let machine: StringingMachine;

  before(() => {
    machine = new StringingMachine();
  });

  after(() => {
    machine.removeAllListeners();
  });

  test('resolves once the sidewall reaches target tension', async () => {
    const pending = waitForTension(machine, 90);
    machine.report({ kind: 'tension', sidewall: 'left', newtons: 71 });
    machine.report({ kind: 'tension', sidewall: 'left', newtons: 89.5 });
    assert.equal(await pending, 89.5);
    assert.equal(machine.listenerCount('status'), 0);
  });

  test('rejects on an unrecoverable fault', async () => {
    const pending = waitForTension(machine, 90);
    machine.report({ kind: 'fault', code: 'CLAMP_SLIP', recoverable: false });
    await assert.rejects(pending, /CLAMP_SLIP/);
    assert.equal(machine.listenerCount('status'), 0);
  });

  test('resets the machine on a recoverable fault', () => {
    const before = machine.resets;
    void waitForTension(machine, 90);
    machine.report({ kind: 'fault', code: 'MESH_SNAG', recoverable: true });
    assert.equal(machine.resets, before + 1);
    assert.equal(machine.listenerCount('status'), 0);
  });

  test('ignores readings outside tolerance', async () => {
    const pending = waitForTension(machine, 100, 1);
    machine.report({ kind: 'tension', sidewall: 'right', newtons: 97 });
    assert.equal(machine.listenerCount('status'), 1);
    machine.report({ kind: 'tension', sidewall: 'right', newtons: 100.4 });
    assert.equal(await pending, 100.4);
  });
});
