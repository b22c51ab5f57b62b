// expect: none
// waitForStable removes both listeners before settling, so the stable reading and a later fault can never settle the same promise twice.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

class HumidityChamber extends EventEmitter {
  readonly log: string[] = [];

  waitForStable(targetRh: number, toleranceRh: number): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      const onReading = (rh: number) => {
        this.log.push(`reading ${rh}`);
        if (Math.abs(rh - targetRh) > toleranceRh) return;
        this.off('fault', onFault);
        this.off('reading', onReading);
        resolve(rh);
      };
      const onFault = (err: Error) => {
        this.off('reading', onReading);
        reject(err);
      };
      this.on('reading', onReading);
      this.once('fault', onFault);
    });
  }
}

describe('HumidityChamber.waitForStable', () => {
  let chamber: HumidityChamber;

  before(() => {
    chamber = new HumidityChamber();
  });

  after(() => {
    chamber.removeAllListeners();
  });

  test('resolves with the first reading inside the tolerance band', async () => {
    const pending = chamber.waitForStable(50, 1.5);
    chamber.emit('reading', 57.2);
    chamber.emit('reading', 53.9);
    chamber.emit('reading', 50.8);
    assert.equal(await pending, 50.8);
  });

  test('detaches its listeners once stable', async () => {
    const pending = chamber.waitForStable(45, 2);
    chamber.emit('reading', 44.1);
    await pending;
    assert.equal(chamber.listenerCount('reading'), 0);
    assert.equal(chamber.listenerCount('fault'), 0);
  });

  test('rejects when the humidifier reports a fault', async () => {
    const pending = chamber.waitForStable(55, 1);
    chamber.emit('reading', 40);
    chamber.emit('fault', new Error('humidifier reservoir empty'));
    await assert.rejects(pending, /reservoir empty/);
    assert.equal(chamber.listenerCount('reading'), 0);
  });

  test('a fault after stabilising does not affect the resolved value', async () => {
    const pending = chamber.waitForStable(50, 1);
    chamber.emit('reading', 50.4);
    chamber.emit('fault', new Error('late fault'));
    assert.equal(await pending, 50.4);
  });
});
