// expect: none
// The analyzer's executor clears its timeout and detaches the result listener on both the result and the timeout path, so each analysis settles exactly once.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';

interface GasReading {
  sampleId: string;
  o2: number;
  he: number;
}

class GasAnalyzer {
  private seq = 0;

  constructor(
    private readonly cell: EventEmitter & { requestSample(id: string): void },
    private readonly timeoutMs = 8_000,
  ) {}

  analyze(cylinder: string): Promise<GasReading> {
    const sampleId = `${cylinder}#${++this.seq}`;
    return new Promise<GasReading>((resolve, reject) => {
      const onResult = (reading: GasReading) => {
        if (reading.sampleId !== sampleId) return;
        clearTimeout(timer);
        this.cell.off('result', onResult);
        resolve(reading);
      };
      const timer = setTimeout(() => {
        this.cell.off('result', onResult);
        reject(new Error(`no analysis for ${cylinder} within ${this.timeoutMs}ms`));
      }, this.timeoutMs);
      this.cell.on('result', onResult);
      this.cell.requestSample(sampleId);
    });
  }
}

function makeCell() {
  const cell = Object.assign(new EventEmitter(), {
    requested: [] as string[],
    requestSample(id: string) {
      cell.requested.push(id);
    },
  });
  return cell;
}

describe('GasAnalyzer', () => {
  let cell: ReturnType<typeof makeCell>;
  let analyzer: GasAnalyzer;

  beforeEach(() => {
    vi.useFakeTimers();
    cell = makeCell();
    analyzer = new GasAnalyzer(cell, 5_000);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves with the trimix reading for the requested cylinder', async () => {
    const pending = analyzer.analyze('AL80-left');
    const [id] = cell.requested;
    cell.emit('result', { sampleId: id, o2: 18.2, he: 45.1 });
    await expect(pending).resolves.toEqual({ sampleId: id, o2: 18.2, he: 45.1 });
    expect(vi.getTimerCount()).toBe(0);
    expect(cell.listenerCount('result')).toBe(0);
  });

  it('ignores results for other samples', async () => {
    const first = analyzer.analyze('stage-1');
    const second = analyzer.analyze('stage-2');
    const [idA, idB] = cell.requested;
    cell.emit('result', { sampleId: idB, o2: 50, he: 0 });
    cell.emit('result', { sampleId: idA, o2: 32, he: 0 });
    const [a, b] = await Promise.all([first, second]);
    expect(a.o2).toBe(32);
    expect(b.o2).toBe(50);
  });

  it('rejects after the timeout and stops listening', async () => {
    const outcome = analyzer.analyze('deco-O2').then(
      () => null,
      (err: Error) => err,
    );
    await vi.advanceTimersByTimeAsync(5_000);
    expect((await outcome)?.message).toMatch(/no analysis for deco-O2/);
    expect(cell.listenerCount('result')).toBe(0);
  });

  it('a late result after the timeout has no effect', async () => {
    const outcome = analyzer.analyze('bailout').then(
      (reading) => reading,
      (err: Error) => err,
    );
    await vi.advanceTimersByTimeAsync(5_000);
    cell.emit('result', { sampleId: cell.requested[0], o2: 21, he: 0 });
    expect(await outcome).toBeInstanceOf(Error);
  });
});
