// expect: none
// Look-alike: the value set by the 'drawoff' listener is asserted only after awaiting once()/the timer promise, and async results are awaited before assert calls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';

const SYRUP_BRIX = 66.9;

class EvaporatorPan extends EventEmitter {
  private brix = 2.5;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly stepBrix: number,
    private readonly tickMs: number,
  ) {
    super();
  }

  fire(): void {
    this.timer = setInterval(() => {
      this.brix = Math.min(this.brix + this.stepBrix, 70);
      this.emit('reading', this.brix);
      if (this.brix >= SYRUP_BRIX) {
        this.emit('drawoff', { brix: this.brix, at: Date.now() });
        this.shutdown();
      }
    }, this.tickMs);
  }

  shutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  async currentBrix(): Promise<number> {
    await delay(1);
    return this.brix;
  }

  get running(): boolean {
    return this.timer !== undefined;
  }
}

test('pan signals draw-off once syrup density is reached', async () => {
  const pan = new EvaporatorPan(16, 5);
  let drawnAt: number | undefined;
  pan.on('drawoff', (d: { brix: number; at: number }) => {
    drawnAt = d.at;
  });

  const drawoff = once(pan, 'drawoff');
  pan.fire();
  const [event] = (await drawoff) as [{ brix: number; at: number }];

  assert.ok(event.brix >= SYRUP_BRIX);
  assert.equal(drawnAt, event.at);
  assert.equal(pan.running, false);
});

test('readings climb while the pan is firing', async () => {
  const pan = new EvaporatorPan(1, 2);
  const readings: number[] = [];
  pan.on('reading', (b: number) => readings.push(b));
  pan.fire();
  await delay(30);
  pan.shutdown();

  assert.ok(readings.length > 0);
  assert.ok(readings.every((b, i) => i === 0 || b >= readings[i - 1]));
  assert.equal(await pan.currentBrix(), readings[readings.length - 1]);
});
