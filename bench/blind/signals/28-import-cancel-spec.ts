// expect: none
// The test aborts its own controller on purpose and asserts that the operation rejects with AbortError; nothing is swallowed and nothing is left running.

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void>): void;
declare function expect(value: unknown): {
  rejects: { toMatchObject(shape: object): Promise<void> };
  toBe(v: unknown): void;
};

declare function importContacts(csvUrl: string, opts: { signal: AbortSignal }): Promise<number>;

describe("importContacts cancellation", () => {
  it("rejects with AbortError when cancelled after the import started", async () => {
    const controller = new AbortController();
    const pending = importContacts("https://fixtures.local/contacts.csv", { signal: controller.signal });
    controller.abort(new DOMException("user closed the dialog", "AbortError"));
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
  });

  it("does not start when the signal is already aborted", async () => {
    const signal = AbortSignal.abort();
    await expect(importContacts("https://fixtures.local/contacts.csv", { signal })).rejects.toMatchObject({
      name: "AbortError",
    });
    expect(signal.aborted).toBe(true);
  });
});

export {};
