// expect: none
// The analyzer passes the caller's signal to the timers/promises interval it iterates, and the tests expect the AbortError to surface; catching it in assert.rejects is the test asserting propagation, not swallowing it.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { setInterval as every } from 'node:timers/promises';

interface BeatSample {
  tick: number;
  tock: number;
}

class BeatAnalyzer {
  private readonly samples: BeatSample[] = [];
  private started = false;

  constructor(private readonly microphone: () => BeatSample) {}

  start() {
    this.started = true;
  }

  close() {
    this.started = false;
    this.samples.length = 0;
  }

  async measure(count: number, opts: { periodMs: number; signal?: AbortSignal }): Promise<{ beatErrorMs: number }> {
    if (!this.started) throw new Error('analyzer not started');
    for await (const _ of every(opts.periodMs, undefined, { signal: opts.signal })) {
      this.samples.push(this.microphone());
      if (this.samples.length >= count) break;
    }
    const diffs = this.samples.map((s) => Math.abs(s.tock - s.tick));
    return { beatErrorMs: diffs.reduce((a, b) => a + b, 0) / diffs.length };
  }
}

describe('BeatAnalyzer', () => {
  let analyzer: BeatAnalyzer;
  let controller: AbortController;

  beforeEach(() => {
    let n = 0;
    analyzer = new BeatAnalyzer(() => {
      n += 1;
      return { tick: n * 200, tock: n * 200 + 1.5 };
    });
    analyzer.start();
    controller = new AbortController();
  });

  afterEach(() => {
    controller.abort();
    analyzer.close();
  });

  it('measures beat error over several swings', async () => {
    const result = await analyzer.measure(5, { periodMs: 2, signal: controller.signal });
    assert.equal(result.beatErrorMs, 1.5);
  });

  it('stops measuring when the bench operator cancels', async () => {
    const measuring = analyzer.measure(10_000, { periodMs: 5, signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await assert.rejects(measuring, { name: 'AbortError' });
  });

  it('refuses to measure when already cancelled', async () => {
    controller.abort();
    await assert.rejects(analyzer.measure(3, { periodMs: 1, signal: controller.signal }), { name: 'AbortError' });
  });

  it('requires the analyzer to be started', async () => {
    analyzer.close();
    await assert.rejects(analyzer.measure(3, { periodMs: 1 }), /not started/);
  });
});
