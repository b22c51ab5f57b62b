// expect: none
// The test helper listens for the awaited event and for 'error', and removes both listeners whichever fires first, so it settles exactly once.
import { EventEmitter } from 'node:events';
import assert from 'node:assert/strict';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const afterEach: (fn: () => void | Promise<void>) => void;

interface Stamp {
  sealId: string;
  waxColour: string;
  pressureN: number;
  dwellMs: number;
}

interface Stamper extends EventEmitter {
  heat(targetC: number): void;
  press(sealId: string, dwellMs: number): void;
  shutdown(): Promise<void>;
  readonly waxTempC: number;
}

declare function createStamper(options: { waxColour: string; simulated: boolean }): Stamper;

function waitFor<T>(emitter: EventEmitter, event: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onEvent = (value: T) => {
      emitter.off('error', onError);
      resolve(value);
    };
    const onError = (error: Error) => {
      emitter.off(event, onEvent);
      reject(error);
    };
    emitter.once(event, onEvent);
    emitter.once('error', onError);
  });
}

function nextTurn(): Promise<void> {
  return new Promise<void>((resolve) => setImmediate(resolve));
}

describe('wax seal stamper', () => {
  let stamper: Stamper;

  beforeEach(async () => {
    stamper = createStamper({ waxColour: 'oxblood', simulated: true });
    const warmed = waitFor<number>(stamper, 'ready');
    stamper.heat(85);
    const temp = await warmed;
    assert.ok(temp >= 80, `wax only reached ${temp}°C`);
  });

  afterEach(async () => {
    await stamper.shutdown();
  });

  it('reports a stamp with the configured wax colour', async () => {
    const stamped = waitFor<Stamp>(stamper, 'stamped');
    stamper.press('crest-042', 1_500);
    const stamp = await stamped;
    assert.equal(stamp.sealId, 'crest-042');
    assert.equal(stamp.waxColour, 'oxblood');
    assert.equal(stamp.dwellMs, 1_500);
  });

  it('fails the press when the die is missing', async () => {
    const stamped = waitFor<Stamp>(stamper, 'stamped');
    stamper.press('', 1_000);
    await assert.rejects(stamped, /no die loaded/);
  });

  it('emits one stamp per press', async () => {
    const stamps: Stamp[] = [];
    stamper.on('stamped', (stamp: Stamp) => stamps.push(stamp));
    for (const sealId of ['a', 'b', 'c']) {
      const stamped = waitFor<Stamp>(stamper, 'stamped');
      stamper.press(sealId, 800);
      await stamped;
    }
    await nextTurn();
    assert.deepEqual(
      stamps.map((s) => s.sealId),
      ['a', 'b', 'c'],
    );
  });

  it('keeps the wax above its working temperature between presses', async () => {
    const stamped = waitFor<Stamp>(stamper, 'stamped');
    stamper.press('crest-007', 600);
    await stamped;
    assert.ok(stamper.waxTempC > 70);
  });
});
