// expect: no-leaked-race
// Bug: waitForBlend races the 'blended' event against a timers/promises timeout that is never cancelled, so the timer (and, on timeout, the listener) outlives the race.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';

interface BlendReport {
  batchId: string;
  paddleTurns: number;
  uniformity: number;
}

class FakeRibbonMixer extends EventEmitter {
  turnsPerSecond = 40;
  blendSeconds = 0.02;

  start(batchId: string, ingredients: Record<string, number>): void {
    const total = Object.values(ingredients).reduce((a, b) => a + b, 0);
    if (total <= 0) {
      setImmediate(() => this.emit('jammed', 'empty trough'));
      return;
    }
    setTimeout(() => {
      const uniformity = Math.min(0.99, 0.7 + this.blendSeconds * 10);
      this.emit('blended', { batchId, paddleTurns: Math.round(this.blendSeconds * this.turnsPerSecond), uniformity });
    }, this.blendSeconds * 1000);
  }
}

async function waitForBlend(mixer: FakeRibbonMixer, timeoutMs: number): Promise<BlendReport> {
  const [report] = (await Promise.race([
    once(mixer, 'blended'),
    delay(timeoutMs).then(() => {
      throw new Error(`mixer did not finish within ${timeoutMs}ms`);
    }),
  ])) as [BlendReport];
  return report;
}

const FINCH_MIX = { niger: 4_000, 'sunflower-hearts': 3_000, millet: 2_500, 'hemp-seed': 500 };
const WINTER_MIX = { 'sunflower-black': 5_000, peanuts: 2_000, suet: 1_500, oats: 1_500 };

describe('bird seed ribbon mixer', () => {
  let mixer: FakeRibbonMixer;

  beforeEach(() => {
    mixer = new FakeRibbonMixer();
  });

  it('blends a finch mix to spec', async () => {
    const done = waitForBlend(mixer, 30_000);
    mixer.start('finch-0412', FINCH_MIX);
    const report = await done;
    assert.equal(report.batchId, 'finch-0412');
    assert.ok(report.uniformity >= 0.85);
  });

  it('counts paddle turns for the blend log', async () => {
    mixer.blendSeconds = 0.05;
    const done = waitForBlend(mixer, 30_000);
    mixer.start('winter-0099', WINTER_MIX);
    const report = await done;
    assert.equal(report.paddleTurns, 2);
  });

  it('times out when the mixer stalls', async () => {
    mixer.blendSeconds = 5;
    const done = waitForBlend(mixer, 25);
    mixer.start('finch-0413', FINCH_MIX);
    await assert.rejects(done, /did not finish within 25ms/);
  });

  it('surfaces a jammed trough through the error event', async () => {
    const jammed = once(mixer, 'jammed');
    mixer.start('empty-0001', {});
    const [reason] = await jammed;
    assert.equal(reason, 'empty trough');
  });
});
