// expect: none
// The hand-rolled waiter is set up before the action, settles from exactly one of 'level'/'fault'/'error' after removing all three listeners; the other waiters use events.once, which also rejects on 'error'.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';

declare class LockChamber extends EventEmitter {
  constructor(opts: { lockNo: number; fillRateCmPerSec: number });
  start(): Promise<void>;
  stop(): Promise<void>;
  openPaddles(side: 'upstream' | 'downstream'): void;
  openGates(side: 'upstream' | 'downstream'): void;
  readonly levelCm: number;
}

function waitForLevel(chamber: LockChamber, targetCm: number, tolerance = 2): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const onLevel = (cm: number) => {
      if (Math.abs(cm - targetCm) > tolerance) return;
      detach();
      resolve(cm);
    };
    const onFault = (fault: { code: string }) => {
      detach();
      reject(new Error(`chamber fault ${fault.code}`));
    };
    const onError = (err: Error) => {
      detach();
      reject(err);
    };
    const detach = () => {
      chamber.off('level', onLevel);
      chamber.off('fault', onFault);
      chamber.off('error', onError);
    };
    chamber.on('level', onLevel);
    chamber.on('fault', onFault);
    chamber.on('error', onError);
  });
}

describe('lock 14 chamber', () => {
  let chamber: LockChamber;

  beforeEach(async () => {
    mock.timers.enable({ apis: ['setInterval', 'setTimeout'] });
    chamber = new LockChamber({ lockNo: 14, fillRateCmPerSec: 5 });
    await chamber.start();
  });

  afterEach(async () => {
    await chamber.stop();
    mock.timers.reset();
  });

  it('fills to the upstream pound level', async () => {
    const filled = waitForLevel(chamber, 280);
    chamber.openPaddles('upstream');
    mock.timers.tick(60_000);
    assert.equal(await filled, 280);
  });

  it('refuses to open gates while levels differ', async () => {
    const refused = once(chamber, 'refused');
    chamber.openGates('upstream');
    const [reason] = await refused;
    assert.match(String(reason), /level mismatch/);
  });

  it('announces gates open once the chamber is level', async () => {
    const filled = waitForLevel(chamber, 280);
    chamber.openPaddles('upstream');
    mock.timers.tick(60_000);
    await filled;

    const gatesOpen = once(chamber, 'gates-open');
    chamber.openGates('upstream');
    mock.timers.tick(20_000);
    const [side] = await gatesOpen;
    assert.equal(side, 'upstream');
  });

  it('rejects the level waiter when a paddle jams', async () => {
    const filled = waitForLevel(chamber, 280);
    const jammed = assert.rejects(filled, /chamber fault PADDLE_JAM/);
    chamber.emit('fault', { code: 'PADDLE_JAM' });
    await jammed;
    assert.equal(chamber.listenerCount('level'), 0);
  });
});
