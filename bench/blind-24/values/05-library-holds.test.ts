// expect: no-promise-as-value
// Bug: queue.hasHold() returns a Promise, so expect(...).toBeTruthy() passes on the promise object regardless of the hold state.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare function expect<T>(actual: T): {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeTruthy(): void;
  toHaveLength(n: number): void;
  rejects: { toThrow(pattern?: RegExp | string): Promise<void> };
};

interface Hold {
  patronId: string;
  isbn: string;
  placedAt: number;
  pickupBranch: string;
}

class HoldQueue {
  private readonly holds: Hold[] = [];
  private clock = 0;

  async place(patronId: string, isbn: string, pickupBranch: string): Promise<number> {
    await Promise.resolve();
    if (this.holds.some((h) => h.patronId === patronId && h.isbn === isbn)) {
      throw new Error("patron already has a hold on this title");
    }
    this.holds.push({ patronId, isbn, pickupBranch, placedAt: ++this.clock });
    return this.positionOf(patronId, isbn);
  }

  async hasHold(patronId: string, isbn: string): Promise<boolean> {
    await Promise.resolve();
    return this.holds.some((h) => h.patronId === patronId && h.isbn === isbn);
  }

  async cancel(patronId: string, isbn: string): Promise<void> {
    await Promise.resolve();
    const idx = this.holds.findIndex((h) => h.patronId === patronId && h.isbn === isbn);
    if (idx >= 0) this.holds.splice(idx, 1);
  }

  async queueFor(isbn: string): Promise<Hold[]> {
    await Promise.resolve();
    return this.holds.filter((h) => h.isbn === isbn).sort((a, b) => a.placedAt - b.placedAt);
  }

  private positionOf(patronId: string, isbn: string): number {
    const line = this.holds.filter((h) => h.isbn === isbn).sort((a, b) => a.placedAt - b.placedAt);
    return line.findIndex((h) => h.patronId === patronId) + 1;
  }
}

const ISBN = "978-0-14-118776-1";

describe("HoldQueue", () => {
  let queue: HoldQueue;

  beforeEach(() => {
    queue = new HoldQueue();
  });

  it("returns queue position when a hold is placed", async () => {
    expect(await queue.place("p-100", ISBN, "Main")).toBe(1);
    expect(await queue.place("p-200", ISBN, "Eastside")).toBe(2);
  });

  it("rejects a second hold on the same title", async () => {
    await queue.place("p-100", ISBN, "Main");
    await expect(queue.place("p-100", ISBN, "Main")).rejects.toThrow(/already has a hold/);
  });

  it("keeps the remaining patrons in order after a cancellation", async () => {
    await queue.place("p-100", ISBN, "Main");
    await queue.place("p-200", ISBN, "Eastside");
    await queue.place("p-300", ISBN, "Main");

    await queue.cancel("p-200", ISBN);

    const line = await queue.queueFor(ISBN);
    expect(line.map((h) => h.patronId)).toEqual(["p-100", "p-300"]);
    expect(queue.hasHold("p-300", ISBN)).toBeTruthy();
  });
});
