// expect: none
// Every page render started in the loop is collected and awaited with Promise.all, and the interval callback is synchronous and attaches .catch to the flush it starts.
import { describe, it, beforeEach, afterEach } from "node:test";
import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";

interface AlmanacPage {
  month: number;
  title: string;
  sunriseTable: string[];
  moonPhases: string[];
}

interface Press {
  render(page: AlmanacPage): Promise<Buffer>;
  commit(plates: Buffer[]): Promise<void>;
}

class PlateQueue {
  private readonly pending: AlmanacPage[] = [];
  private readonly ticker: ReturnType<typeof setInterval>;
  readonly errors: unknown[] = [];

  constructor(private readonly press: Press, flushEveryMs: number) {
    this.ticker = setInterval(() => {
      this.flush().catch((err: unknown) => this.errors.push(err));
    }, flushEveryMs);
  }

  enqueue(page: AlmanacPage): void {
    this.pending.push(page);
  }

  async flush(): Promise<number> {
    const batch = this.pending.splice(0);
    if (batch.length === 0) return 0;
    const plates = await Promise.all(batch.map((page) => this.press.render(page)));
    await this.press.commit(plates);
    return plates.length;
  }

  async close(): Promise<void> {
    clearInterval(this.ticker);
    await this.flush();
  }
}

function page(month: number): AlmanacPage {
  return { month, title: `Month ${month}`, sunriseTable: ["06:12", "06:14"], moonPhases: ["new", "full"] };
}

describe("almanac plate queue", () => {
  let committed: Buffer[][];
  let failRender: number | undefined;
  let press: Press;

  beforeEach(() => {
    committed = [];
    failRender = undefined;
    press = {
      async render(p) {
        await sleep(1);
        if (p.month === failRender) throw new Error(`plate for month ${p.month} cracked`);
        return Buffer.from(p.title);
      },
      async commit(plates) {
        committed.push(plates);
      },
    };
  });

  afterEach(() => {
    committed = [];
  });

  it("renders every queued page before committing", async () => {
    const queue = new PlateQueue(press, 10_000);
    for (let m = 1; m <= 12; m++) queue.enqueue(page(m));
    assert.equal(await queue.flush(), 12);
    assert.equal(committed.length, 1);
    await queue.close();
  });

  it("reports a cracked plate from the background flush", async () => {
    failRender = 3;
    const queue = new PlateQueue(press, 5);
    queue.enqueue(page(3));
    await sleep(30);
    await queue.close();
    assert.equal(queue.errors.length, 1);
    assert.equal(committed.length, 0);
  });
});
