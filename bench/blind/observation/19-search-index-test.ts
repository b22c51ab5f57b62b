// expect: no-unobserved-promise
// The test starts two queries and awaits them one after the other, so if `fuzzy` rejects while `exact` is still pending (or `exact`'s assertion throws) its rejection is unhandled.
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void>): void;
declare function beforeAll(fn: () => Promise<void>): void;
declare function expect<T>(value: T): { toBe(expected: T): void; toBeGreaterThan(n: number): void };

interface SearchIndex {
  search(q: string, opts?: { fuzzy: boolean }): Promise<{ id: string; score: number }[]>;
}

declare function buildIndex(docs: { id: string; text: string }[]): Promise<SearchIndex>;

let index: SearchIndex;

beforeAll(async () => {
  index = await buildIndex([
    { id: "1", text: "promises and async functions" },
    { id: "2", text: "unhandled rejections in node" },
  ]);
});

describe("search", () => {
  it("fuzzy matching finds at least what exact matching finds", async () => {
    const exact = index.search("rejection");
    const fuzzy = index.search("rejectoin", { fuzzy: true });

    const exactHits = await exact;
    expect(exactHits.length).toBeGreaterThan(0);

    const fuzzyHits = await fuzzy;
    expect(fuzzyHits[0]?.id).toBe(exactHits[0]?.id);
  });
});

export { index };
