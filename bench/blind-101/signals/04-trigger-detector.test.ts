// expect: no-leaked-race
// The within() helper races the work against a setTimeout that is never cleared, so every passing test leaves a live 2-second timer behind that keeps the worker alive and later rejects a promise nobody is waiting on.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';
import { setImmediate as yieldToLoop } from 'node:timers/promises';

interface Trigger {
  index: number;
  ratio: number;
}

class TriggerDetector extends EventEmitter {
  private closed = false;

  constructor(
    private readonly staLen = 5,
    private readonly ltaLen = 50,
    private readonly threshold = 3.5,
  ) {
    super();
  }

  async process(samples: number[]): Promise<Trigger[]> {
    const triggers: Trigger[] = [];
    const energy = samples.map((s) => s * s);
    for (let i = this.ltaLen; i < energy.length; i++) {
      if (this.closed) throw new Error('detector closed');
      if (i % 1_000 === 0) await yieldToLoop();
      const sta = energy.slice(i - this.staLen, i).reduce((a, b) => a + b, 0) / this.staLen;
      const lta = energy.slice(i - this.ltaLen, i).reduce((a, b) => a + b, 0) / this.ltaLen;
      const ratio = lta === 0 ? 0 : sta / lta;
      if (ratio >= this.threshold && (triggers.length === 0 || i - triggers[triggers.length - 1].index > this.ltaLen)) {
        triggers.push({ index: i, ratio });
        this.emit('trigger', { index: i, ratio });
      }
    }
    return triggers;
  }

  close(): void {
    this.closed = true;
    this.removeAllListeners();
  }
}

function within<T>(work: Promise<T>, ms: number, label: string): Promise<T> {
  const timeout = new Promise<never>((_, reject) => {
    setTimeout(() => reject(new Error(`${label} did not finish within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]);
}

function quietTrace(n: number, burstAt?: number): number[] {
  return Array.from({ length: n }, (_, i) => {
    const noise = Math.sin(i * 12.9898) * 0.5;
    return burstAt !== undefined && i >= burstAt && i < burstAt + 20 ? noise * 40 : noise;
  });
}

describe('TriggerDetector', () => {
  let detector: TriggerDetector;

  beforeEach(() => {
    detector = new TriggerDetector();
  });

  afterEach(() => {
    detector.close();
    vi.restoreAllMocks();
  });

  it('stays quiet on background noise', async () => {
    const triggers = await within(detector.process(quietTrace(5_000)), 2_000, 'quiet trace');
    expect(triggers).toEqual([]);
  });

  it('fires once for a burst and emits the same trigger', async () => {
    const onTrigger = vi.fn();
    detector.on('trigger', onTrigger);
    const triggers = await within(detector.process(quietTrace(5_000, 3_000)), 2_000, 'burst trace');
    expect(triggers).toHaveLength(1);
    expect(triggers[0].index).toBeGreaterThanOrEqual(3_000);
    expect(onTrigger).toHaveBeenCalledWith(triggers[0]);
  });

  it('refuses to keep processing after close', async () => {
    const work = detector.process(quietTrace(20_000));
    detector.close();
    await expect(within(work, 2_000, 'closed trace')).rejects.toThrow('detector closed');
  });
});
