// expect: none
// withRetry receives a factory and calls `attempt()` afresh on every try, and the suite's teardown really calls `await publisher.close()`, so retries are new requests and the publisher is shut down after each test.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface DisplayBoard {
  push(stop: string, lines: string[]): Promise<void>;
}

async function withRetry<T>(attempt: () => Promise<T>, tries: number, delayMs: number): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await attempt();
    } catch (err) {
      lastError = err;
      if (i < tries - 1) await new Promise<void>((resolve) => setTimeout(resolve, delayMs * (i + 1)));
    }
  }
  throw lastError;
}

class TimetablePublisher {
  private closed = false;
  private readonly pushed = new Map<string, string[]>();

  constructor(private readonly board: DisplayBoard) {}

  async publish(stop: string, departures: Array<{ line: number; dest: string; inMin: number }>): Promise<void> {
    if (this.closed) throw new Error('publisher closed');
    const lines = departures
      .sort((a, b) => a.inMin - b.inMin)
      .slice(0, 4)
      .map((d) => `${String(d.line).padStart(2)} ${d.dest.padEnd(16)} ${d.inMin === 0 ? 'now' : `${d.inMin} min`}`);
    await withRetry(() => this.board.push(stop, lines), 3, 1_000);
    this.pushed.set(stop, lines);
  }

  lastPushed(stop: string): string[] | undefined {
    return this.pushed.get(stop);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.pushed.clear();
  }
}

describe('TimetablePublisher', () => {
  let push: ReturnType<typeof vi.fn<DisplayBoard['push']>>;
  let publisher: TimetablePublisher;

  beforeEach(() => {
    vi.useFakeTimers();
    push = vi.fn<DisplayBoard['push']>().mockResolvedValue(undefined);
    publisher = new TimetablePublisher({ push });
  });

  afterEach(async () => {
    await publisher.close();
    vi.useRealTimers();
  });

  it('shows the next four departures soonest first', async () => {
    await publisher.publish('Depot Gate', [
      { line: 4, dest: 'Harbour', inMin: 7 },
      { line: 11, dest: 'University', inMin: 0 },
      { line: 4, dest: 'Harbour', inMin: 22 },
      { line: 9, dest: 'Airport', inMin: 3 },
      { line: 11, dest: 'University', inMin: 15 },
    ]);
    expect(publisher.lastPushed('Depot Gate')?.map((l) => l.trim().split(/\s+/)[0])).toEqual(['11', '9', '4', '11']);
  });

  it('retries a flaky board with a fresh push each time', async () => {
    push.mockRejectedValueOnce(new Error('board offline')).mockRejectedValueOnce(new Error('board offline'));
    const done = expect(publisher.publish('Market Sq', [{ line: 2, dest: 'Depot', inMin: 5 }])).resolves.toBeUndefined();
    await vi.advanceTimersByTimeAsync(3_000);
    await done;
    expect(push).toHaveBeenCalledTimes(3);
  });

  it('gives up after three failed pushes', async () => {
    push.mockRejectedValue(new Error('board offline'));
    const failed = expect(publisher.publish('Market Sq', [])).rejects.toThrow('board offline');
    await vi.advanceTimersByTimeAsync(3_000);
    await failed;
    expect(publisher.lastPushed('Market Sq')).toBeUndefined();
  });
});
