// expect: none
// waitForVerdict funnels the verdict, error and timeout paths through one cleanup that clears the timer and detaches both listeners before settling, so each wait settles exactly once.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';

interface RampVerdict {
  rampId: string;
  passed: boolean;
  defects: string[];
}

class InspectionBoard extends EventEmitter {
  waitForVerdict(rampId: string, timeoutMs: number): Promise<RampVerdict> {
    return new Promise((resolve, reject) => {
      const cleanup = () => {
        clearTimeout(timer);
        this.off('verdict', onVerdict);
        this.off('error', onError);
      };
      const onVerdict = (verdict: RampVerdict) => {
        if (verdict.rampId !== rampId) return;
        cleanup();
        resolve(verdict);
      };
      const onError = (err: Error) => {
        cleanup();
        reject(err);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`no verdict for ramp ${rampId} within ${timeoutMs}ms`));
      }, timeoutMs);
      this.on('verdict', onVerdict);
      this.on('error', onError);
    });
  }
}

describe('InspectionBoard.waitForVerdict', () => {
  let board: InspectionBoard;

  beforeEach(() => {
    vi.useFakeTimers();
    board = new InspectionBoard();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves with the verdict for the requested ramp only', async () => {
    const pending = board.waitForVerdict('quarter-pipe-3', 5_000);
    board.emit('verdict', { rampId: 'bowl-1', passed: false, defects: ['coping loose'] });
    board.emit('verdict', { rampId: 'quarter-pipe-3', passed: true, defects: [] });

    await expect(pending).resolves.toEqual({ rampId: 'quarter-pipe-3', passed: true, defects: [] });
    expect(board.listenerCount('verdict')).toBe(0);
  });

  it('rejects when the board reports an error and detaches listeners', async () => {
    const pending = board.waitForVerdict('funbox', 5_000);
    board.emit('error', new Error('inspector tablet offline'));

    await expect(pending).rejects.toThrow('inspector tablet offline');
    expect(board.listenerCount('verdict')).toBe(0);
    expect(board.listenerCount('error')).toBe(0);
  });

  it('times out when no inspector files a verdict', async () => {
    const outcome = board.waitForVerdict('mini-ramp', 1_000).then(
      () => 'resolved',
      (err: Error) => err.message,
    );
    vi.advanceTimersByTime(1_000);

    expect(await outcome).toMatch(/no verdict for ramp mini-ramp/);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('ignores a verdict that arrives after the timeout', async () => {
    const outcome = board.waitForVerdict('vert-wall', 500).then(
      (verdict) => verdict.passed,
      () => 'timed-out' as const,
    );
    vi.advanceTimersByTime(500);
    board.emit('verdict', { rampId: 'vert-wall', passed: true, defects: [] });

    expect(await outcome).toBe('timed-out');
    expect(board.listenerCount('verdict')).toBe(0);
  });
});
