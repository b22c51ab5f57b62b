// expect: none
// scanBook combines the caller's signal with a timeout, passes it to every reader call, and on abort parks the reader and rethrows signal.reason (AbortError or TimeoutError).
import { setTimeout as delay } from "node:timers/promises";

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void>) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(message?: string | RegExp): Promise<void>; toMatchObject(obj: object): Promise<void> };
};

interface CardboardBook {
  title: string;
  folds: number;
}

class FakeBookReader {
  parked = 0;
  foldDelayMs = 2;

  async readFold(book: CardboardBook, index: number, signal: AbortSignal): Promise<number[]> {
    await delay(this.foldDelayMs, undefined, { signal });
    return Array.from({ length: 8 }, (_, i) => (index * 7 + i * 3 + book.title.length) % 2);
  }

  async park(): Promise<void> {
    this.parked++;
  }
}

async function scanBook(
  reader: FakeBookReader,
  book: CardboardBook,
  opts: { signal: AbortSignal; timeoutMs: number },
): Promise<number[][]> {
  const signal = AbortSignal.any([opts.signal, AbortSignal.timeout(opts.timeoutMs)]);
  const holes: number[][] = [];
  try {
    for (let fold = 0; fold < book.folds; fold++) {
      holes.push(await reader.readFold(book, fold, signal));
    }
    return holes;
  } catch (err) {
    if (signal.aborted) {
      await reader.park();
      throw signal.reason;
    }
    throw err;
  }
}

describe("scanBook", () => {
  let reader: FakeBookReader;

  beforeEach(() => {
    reader = new FakeBookReader();
  });

  it("reads every fold of the book", async () => {
    const holes = await scanBook(reader, { title: "Radetzky March", folds: 12 }, {
      signal: new AbortController().signal,
      timeoutMs: 1_000,
    });
    expect(holes.length).toBe(12);
    expect(reader.parked).toBe(0);
  });

  it("parks the reader and surfaces the AbortError on cancel", async () => {
    const ac = new AbortController();
    reader.foldDelayMs = 20;
    setTimeout(() => ac.abort(), 30);
    await expect(scanBook(reader, { title: "Sobre las Olas", folds: 50 }, { signal: ac.signal, timeoutMs: 5_000 }))
      .rejects.toMatchObject({ name: "AbortError" });
    expect(reader.parked).toBe(1);
  });

  it("times out long books with a TimeoutError", async () => {
    reader.foldDelayMs = 15;
    await expect(
      scanBook(reader, { title: "Blue Danube", folds: 100 }, { signal: new AbortController().signal, timeoutMs: 40 }),
    ).rejects.toMatchObject({ name: "TimeoutError" });
    expect(reader.parked).toBe(1);
  });
});
