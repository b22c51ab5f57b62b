// expect: none
// nextDispense listens for 'dispensed', 'jam' and a timeout, and one shared cleanup clears the timer and both listeners before settling.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface DispenseEvent {
  bowl: number;
  dogName: string;
  grams: number;
}

class FakeFeeder extends EventEmitter {
  jammed = false;
  silent = false;

  dispense(bowl: number, dogName: string, grams: number): void {
    setImmediate(() => {
      if (this.silent) return;
      if (this.jammed) {
        this.emit('jam', new Error(`auger jammed at bowl ${bowl}`));
        return;
      }
      this.emit('dispensed', { bowl, dogName, grams } satisfies DispenseEvent);
    });
  }
}

function nextDispense(feeder: EventEmitter, timeoutMs: number): Promise<DispenseEvent> {
  return new Promise<DispenseEvent>((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      feeder.off('dispensed', onDispensed);
      feeder.off('jam', onJam);
    };
    const onDispensed = (event: DispenseEvent) => {
      cleanup();
      resolve(event);
    };
    const onJam = (err: Error) => {
      cleanup();
      reject(err);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`no dispense within ${timeoutMs}ms`));
    }, timeoutMs);

    feeder.on('dispensed', onDispensed);
    feeder.on('jam', onJam);
  });
}

function portionFor(weightKg: number, workload: 'rest' | 'training' | 'race'): number {
  const base = weightKg * 28;
  const factor = workload === 'race' ? 2.4 : workload === 'training' ? 1.6 : 1;
  return Math.round(base * factor);
}

describe('kennel feeder', () => {
  let feeder: FakeFeeder;

  beforeEach(() => {
    feeder = new FakeFeeder();
  });

  it('reports the dispensed portion for the musher roster', async () => {
    const pending = nextDispense(feeder, 200);
    feeder.dispense(3, 'Balto', portionFor(24, 'training'));
    const event = await pending;
    assert.equal(event.bowl, 3);
    assert.equal(event.dogName, 'Balto');
    assert.equal(event.grams, 1075);
  });

  it('rejects when the auger jams', async () => {
    feeder.jammed = true;
    const pending = nextDispense(feeder, 200);
    feeder.dispense(5, 'Togo', portionFor(21, 'race'));
    await assert.rejects(pending, /auger jammed at bowl 5/);
    assert.equal(feeder.listenerCount('dispensed'), 0);
    assert.equal(feeder.listenerCount('jam'), 0);
  });

  it('times out when the feeder never answers', async () => {
    feeder.silent = true;
    const pending = nextDispense(feeder, 20);
    feeder.dispense(1, 'Kaltag', portionFor(19, 'rest'));
    await assert.rejects(pending, /no dispense within 20ms/);
    assert.equal(feeder.listenerCount('dispensed'), 0);
  });

  it('scales race-day portions above training portions', () => {
    assert.ok(portionFor(22, 'race') > portionFor(22, 'training'));
    assert.ok(portionFor(22, 'training') > portionFor(22, 'rest'));
  });
});
