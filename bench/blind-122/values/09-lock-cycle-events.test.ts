// expect: none
// The test reads the value captured by the 'cycle-complete' listener only after awaiting cycle(), which emits the event before its promise resolves.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';

interface CycleReport {
  direction: 'up' | 'down';
  vessel: string;
  seconds: number;
  waterM3: number;
}

interface Paddles {
  fill(): Promise<number>;
  drain(): Promise<number>;
}

class CanalLock extends EventEmitter {
  constructor(private readonly paddles: Paddles, private readonly chamberM3: number) {
    super();
  }

  async cycle(vessel: string, direction: 'up' | 'down'): Promise<void> {
    const started = Date.now();
    const seconds = direction === 'up' ? await this.paddles.fill() : await this.paddles.drain();
    const report: CycleReport = {
      direction,
      vessel,
      seconds: Math.max(seconds, (Date.now() - started) / 1000),
      waterM3: this.chamberM3,
    };
    this.emit('cycle-complete', report);
  }
}

describe('CanalLock', () => {
  let paddles: { fill: ReturnType<typeof vi.fn<() => Promise<number>>>; drain: ReturnType<typeof vi.fn<() => Promise<number>>> };
  let lock: CanalLock;

  beforeEach(() => {
    paddles = {
      fill: vi.fn<() => Promise<number>>().mockResolvedValue(420),
      drain: vi.fn<() => Promise<number>>().mockResolvedValue(380),
    };
    lock = new CanalLock(paddles, 1_150);
  });

  afterEach(() => {
    lock.removeAllListeners();
  });

  it('reports an upward cycle after filling the chamber', async () => {
    let report: CycleReport | undefined;
    lock.on('cycle-complete', (r: CycleReport) => {
      report = r;
    });
    await lock.cycle('NB Kingfisher', 'up');
    expect(paddles.fill).toHaveBeenCalledOnce();
    expect(report).toEqual({ direction: 'up', vessel: 'NB Kingfisher', seconds: 420, waterM3: 1_150 });
  });

  it('drains for a downward cycle', async () => {
    const reports: CycleReport[] = [];
    lock.on('cycle-complete', (r: CycleReport) => reports.push(r));
    await lock.cycle('Wide Beam Otter', 'down');
    expect(paddles.drain).toHaveBeenCalledOnce();
    expect(reports.map((r) => r.direction)).toEqual(['down']);
  });

  it('does not report a cycle when the paddles fail', async () => {
    paddles.fill.mockRejectedValueOnce(new Error('paddle gear seized'));
    const listener = vi.fn();
    lock.on('cycle-complete', listener);
    await expect(lock.cycle('NB Heron', 'up')).rejects.toThrow('paddle gear seized');
    expect(listener).not.toHaveBeenCalled();
  });
});
