// expect: none
// Every promise the tests create is awaited directly or through Promise.all/expect(...).rejects, and teardown awaits close(), so no paint job or assertion promise is left floating.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Piece {
  id: string;
  kind: 'horse' | 'chariot' | 'rounding-board';
  coats: number;
}

interface PaintBooth {
  spray(pieceId: string, coat: number): Promise<void>;
  shutdown(): Promise<void>;
}

type Sleep = (ms: number) => Promise<void>;

const DRY_MS = 20 * 60_000;

const realSleep: Sleep = (ms) => new Promise<void>((resolve) => setTimeout(resolve, ms));

class PaintQueue {
  private closed = false;
  readonly finished: string[] = [];

  constructor(private readonly booth: PaintBooth, private readonly sleep: Sleep = realSleep) {}

  async submit(piece: Piece): Promise<void> {
    if (this.closed) throw new Error('paint queue is closed');
    for (let coat = 1; coat <= piece.coats; coat++) {
      await this.booth.spray(piece.id, coat);
      if (coat < piece.coats) await this.sleep(DRY_MS);
    }
    this.finished.push(piece.id);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.booth.shutdown();
  }
}

describe('PaintQueue', () => {
  const horse: Piece = { id: 'jumper-14', kind: 'horse', coats: 3 };
  let booth: { spray: ReturnType<typeof vi.fn<PaintBooth['spray']>>; shutdown: ReturnType<typeof vi.fn<PaintBooth['shutdown']>> };
  let queue: PaintQueue;

  beforeEach(() => {
    vi.useFakeTimers();
    booth = {
      spray: vi.fn<PaintBooth['spray']>().mockResolvedValue(undefined),
      shutdown: vi.fn<PaintBooth['shutdown']>().mockResolvedValue(undefined),
    };
    queue = new PaintQueue(booth);
  });

  afterEach(async () => {
    await queue.close();
    vi.useRealTimers();
  });

  it('sprays every coat in order with drying time between', async () => {
    await Promise.all([queue.submit(horse), vi.advanceTimersByTimeAsync(2 * DRY_MS)]);

    expect(booth.spray.mock.calls).toEqual([
      ['jumper-14', 1],
      ['jumper-14', 2],
      ['jumper-14', 3],
    ]);
    expect(queue.finished).toEqual(['jumper-14']);
  });

  it('does not finish a piece whose coat failed', async () => {
    booth.spray.mockRejectedValueOnce(new Error('booth humidity above 70%'));

    await expect(queue.submit(horse)).rejects.toThrow('humidity');
    expect(queue.finished).toEqual([]);
  });

  it('refuses new work once closed', async () => {
    await queue.close();

    await expect(queue.submit({ id: 'chariot-2', kind: 'chariot', coats: 2 })).rejects.toThrow('closed');
    expect(booth.shutdown).toHaveBeenCalledTimes(1);
    expect(booth.spray).not.toHaveBeenCalled();
  });
});
