// expect: none
// Correct: the waiter listens for both 'dosed' and 'error', removes both listeners on either outcome, and clears its timer before settling.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface DoseEvent {
  channel: 'A' | 'B' | 'pH-';
  ml: number;
}

declare function createDosingPump(bus: EventEmitter): {
  start(): Promise<void>;
  close(): Promise<void>;
  dose(channel: DoseEvent['channel'], ml: number): void;
};

function nextDose(bus: EventEmitter, ms = 1000): Promise<DoseEvent> {
  return new Promise<DoseEvent>((resolve, reject) => {
    const timer = setTimeout(() => {
      bus.off('dosed', onDosed);
      bus.off('error', onError);
      reject(new Error('no dose event'));
    }, ms);
    const onDosed = (ev: DoseEvent) => {
      clearTimeout(timer);
      bus.off('error', onError);
      resolve(ev);
    };
    const onError = (err: Error) => {
      clearTimeout(timer);
      bus.off('dosed', onDosed);
      reject(err);
    };
    bus.once('dosed', onDosed);
    bus.once('error', onError);
  });
}

describe('hydroponic dosing pump', () => {
  let bus: EventEmitter;
  let pump: ReturnType<typeof createDosingPump>;

  beforeEach(async () => {
    bus = new EventEmitter();
    pump = createDosingPump(bus);
    await pump.start();
  });

  afterEach(async () => {
    mock.timers.reset();
    await pump.close();
  });

  it('reports the dosed volume for nutrient A', async () => {
    const dosed = nextDose(bus);
    pump.dose('A', 12.5);
    assert.deepEqual(await dosed, { channel: 'A', ml: 12.5 });
  });

  it('surfaces pump faults as rejections', async () => {
    const dosed = nextDose(bus);
    pump.dose('pH-', 400); // over the per-cycle limit
    await assert.rejects(dosed, /exceeds/);
  });

  it('times out when nothing is dosed', async () => {
    mock.timers.enable({ apis: ['setTimeout'] });
    const dosed = nextDose(bus, 500);
    mock.timers.tick(501);
    await assert.rejects(dosed, /no dose event/);
  });
});
