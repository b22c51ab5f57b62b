// expect: no-uncalled-async-function
// The drain test waits with waitFor(() => line.isIdle), returning the method instead of calling it; a function is truthy so the wait ends at once.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface Cant {
  id: string;
  widthMm: number;
  heightMm: number;
}

class ResawLine {
  private queue: Cant[] = [];
  private running = false;
  private loop: Promise<void> | null = null;
  readonly boards: string[] = [];

  constructor(private readonly sawMs = 5) {}

  feed(...cants: Cant[]): void {
    this.queue.push(...cants);
  }

  start(): void {
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        const cant = this.queue.shift();
        if (!cant) {
          await sleep(1);
          continue;
        }
        await sleep(this.sawMs);
        const pieces = Math.floor(cant.heightMm / 25);
        for (let i = 0; i < pieces; i++) this.boards.push(`${cant.id}-${i + 1}`);
      }
    })();
  }

  async isIdle(): Promise<boolean> {
    await sleep(0);
    return this.queue.length === 0;
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }
}

async function waitFor(check: () => unknown, { timeoutMs = 1_000, everyMs = 5 } = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs}ms`);
    await sleep(everyMs);
  }
}

describe('ResawLine', () => {
  let line: ResawLine;

  beforeEach(() => {
    line = new ResawLine(5);
    line.start();
  });

  afterEach(async () => {
    await line.stop();
  });

  it('splits a cant into 25 mm boards', async () => {
    line.feed({ id: 'C1', widthMm: 150, heightMm: 100 });
    await waitFor(() => line.boards.length === 4);
    assert.deepEqual(line.boards, ['C1-1', 'C1-2', 'C1-3', 'C1-4']);
  });

  it('drains the infeed queue in order', async () => {
    line.feed(
      { id: 'C2', widthMm: 200, heightMm: 50 },
      { id: 'C3', widthMm: 200, heightMm: 75 },
    );
    await waitFor(() => line.isIdle);
    assert.deepEqual(line.boards.slice(0, 2), ['C2-1', 'C2-2']);
    assert.equal(line.boards.length, 5);
  });

  it('reports idle when nothing is queued', async () => {
    assert.equal(await line.isIdle(), true);
  });
});
