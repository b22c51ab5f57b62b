// expect: no-multiple-settle
// nextReading() never clears its timeout, so after a reading resolves the timer still fires and rejects the same promise.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface TensionReading {
  cableId: string;
  kilonewtons: number;
  sagCm: number;
}

interface SpanAssessment {
  spanId: string;
  verdict: 'open' | 'restricted' | 'closed';
  weakestCable: string | null;
}

declare function assessSpan(spanId: string, readings: TensionReading[]): SpanAssessment;

class FakeTensionProbe extends EventEmitter {
  private queued: TensionReading[] = [];
  private interval: NodeJS.Timeout | undefined;

  load(readings: TensionReading[]): void {
    this.queued.push(...readings);
  }

  start(periodMs: number): void {
    this.interval = setInterval(() => {
      const next = this.queued.shift();
      if (next) this.emit('reading', next);
    }, periodMs);
  }

  stop(): void {
    clearInterval(this.interval);
  }
}

function nextReading(probe: FakeTensionProbe, timeoutMs = 500): Promise<TensionReading> {
  return new Promise<TensionReading>((resolve, reject) => {
    setTimeout(() => reject(new Error(`no probe reading within ${timeoutMs}ms`)), timeoutMs);
    probe.once('reading', (reading: TensionReading) => resolve(reading));
  });
}

async function collect(probe: FakeTensionProbe, count: number): Promise<TensionReading[]> {
  const out: TensionReading[] = [];
  for (let i = 0; i < count; i++) {
    out.push(await nextReading(probe));
  }
  return out;
}

describe('rope bridge span assessment', () => {
  let probe: FakeTensionProbe;

  beforeEach(() => {
    probe = new FakeTensionProbe();
    probe.start(10);
  });

  afterEach(() => {
    probe.stop();
    probe.removeAllListeners();
  });

  it('keeps a healthy span open', async () => {
    probe.load([
      { cableId: 'N1', kilonewtons: 41.2, sagCm: 18 },
      { cableId: 'N2', kilonewtons: 40.8, sagCm: 19 },
      { cableId: 'S1', kilonewtons: 42.0, sagCm: 17 },
    ]);
    const readings = await collect(probe, 3);
    const result = assessSpan('gorge-east', readings);
    assert.equal(result.verdict, 'open');
    assert.equal(result.weakestCable, null);
  });

  it('restricts a span with one slack cable', async () => {
    probe.load([
      { cableId: 'N1', kilonewtons: 41.0, sagCm: 18 },
      { cableId: 'N2', kilonewtons: 22.5, sagCm: 46 },
    ]);
    const readings = await collect(probe, 2);
    const result = assessSpan('gorge-east', readings);
    assert.equal(result.verdict, 'restricted');
    assert.equal(result.weakestCable, 'N2');
  });

  it('times out when the probe goes quiet', async () => {
    await assert.rejects(nextReading(probe, 50), /no probe reading within 50ms/);
  });
});
