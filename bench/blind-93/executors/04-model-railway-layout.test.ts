// expect: no-multiple-settle
// waitUntil() clears the poll interval on success but never clears the deadline timer, which later calls reject on the already-resolved promise.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

type BlockId = 'B1' | 'B2' | 'B3' | 'B4';

class LayoutController {
  readonly occupied = new Set<BlockId>();
  private timers: NodeJS.Timeout[] = [];
  powered = false;

  powerOn(): void {
    this.powered = true;
  }

  /** Simulates a train moving one block per `stepMs`. */
  runTrain(route: BlockId[], stepMs: number): void {
    route.forEach((block, i) => {
      this.timers.push(
        setTimeout(() => {
          if (i > 0) this.occupied.delete(route[i - 1]);
          this.occupied.add(block);
        }, stepMs * (i + 1)),
      );
    });
  }

  shutdown(): void {
    this.timers.forEach(clearTimeout);
    this.timers = [];
    this.occupied.clear();
    this.powered = false;
  }
}

function waitUntil(predicate: () => boolean, { timeoutMs = 1_000, everyMs = 5 } = {}): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const poll = setInterval(() => {
      if (predicate()) {
        clearInterval(poll);
        resolve();
      }
    }, everyMs);

    setTimeout(() => {
      clearInterval(poll);
      reject(new Error(`condition not met within ${timeoutMs}ms`));
    }, timeoutMs);
  });
}

describe('LayoutController block occupancy', () => {
  let layout: LayoutController;

  beforeEach(() => {
    layout = new LayoutController();
    layout.powerOn();
  });

  afterEach(() => {
    layout.shutdown();
    vi.restoreAllMocks();
  });

  it('occupies blocks in route order', async () => {
    layout.runTrain(['B1', 'B2', 'B3'], 10);
    await waitUntil(() => layout.occupied.has('B3'));
    expect([...layout.occupied]).toEqual(['B3']);
  });

  it('releases the previous block when the train moves on', async () => {
    layout.runTrain(['B2', 'B4'], 15);
    await waitUntil(() => layout.occupied.has('B2'));
    expect(layout.occupied.has('B4')).toBe(false);
    await waitUntil(() => layout.occupied.has('B4'));
    expect(layout.occupied.has('B2')).toBe(false);
  });

  it('clears every block on shutdown', async () => {
    layout.runTrain(['B1', 'B2'], 5);
    await waitUntil(() => layout.occupied.size > 0);
    layout.shutdown();
    expect(layout.occupied.size).toBe(0);
    expect(layout.powered).toBe(false);
  });

  it('times out when a train never arrives', async () => {
    layout.runTrain(['B1'], 10);
    await expect(waitUntil(() => layout.occupied.has('B4'), { timeoutMs: 60 })).rejects.toThrow(
      /not met within 60ms/,
    );
  });
});
