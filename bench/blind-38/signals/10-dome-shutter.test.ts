// expect: no-leaked-race
// The within() test helper races each operation against a setTimeout that is never cleared, so every passing test leaves a live timer behind.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

type ShutterState = 'closed' | 'opening' | 'open' | 'closing' | 'fault';

class FakeShutterDrive extends EventEmitter {
  state: ShutterState = 'closed';
  rain = false;
  private motor: NodeJS.Timeout | undefined;

  move(target: 'open' | 'closed', travelMs: number): void {
    if (this.rain && target === 'open') {
      setImmediate(() => this.emit('fault', new Error('rain sensor interlock')));
      return;
    }
    this.state = target === 'open' ? 'opening' : 'closing';
    clearTimeout(this.motor);
    this.motor = setTimeout(() => {
      this.state = target;
      this.emit('state', target);
    }, travelMs);
  }

  powerOff(): void {
    clearTimeout(this.motor);
    this.removeAllListeners();
  }
}

function stateReached(drive: FakeShutterDrive, want: ShutterState): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onState = (s: ShutterState) => {
      if (s !== want) return;
      drive.off('fault', onFault);
      drive.off('state', onState);
      resolve();
    };
    const onFault = (err: Error) => {
      drive.off('state', onState);
      reject(err);
    };
    drive.on('state', onState);
    drive.once('fault', onFault);
  });
}

function within<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
    }),
  ]);
}

describe('observatory dome shutter', () => {
  let drive: FakeShutterDrive;

  beforeEach(() => {
    drive = new FakeShutterDrive();
  });

  afterEach(() => {
    drive.powerOff();
  });

  it('opens the shutter for an observing run', async () => {
    const opened = stateReached(drive, 'open');
    drive.move('open', 30);
    await within(opened, 2_000, 'shutter open');
    assert.equal(drive.state, 'open');
  });

  it('closes again at dawn', async () => {
    drive.state = 'open';
    const closed = stateReached(drive, 'closed');
    drive.move('closed', 25);
    await within(closed, 2_000, 'shutter close');
    assert.equal(drive.state, 'closed');
  });

  it('refuses to open when the rain sensor is wet', async () => {
    drive.rain = true;
    const opened = stateReached(drive, 'open');
    drive.move('open', 30);
    await assert.rejects(within(opened, 2_000, 'shutter open'), /rain sensor interlock/);
    assert.equal(drive.state, 'closed');
  });

  it('reverses a half-open shutter when told to close', async () => {
    const closed = stateReached(drive, 'closed');
    drive.move('open', 200);
    drive.move('closed', 20);
    await within(closed, 2_000, 'shutter reversal');
    assert.equal(drive.state, 'closed');
  });
});
