// expect: none
// drainPan retries only ordinary valve errors; an abort is rethrown untouched, the signal reaches every valve call and sleep, and the tests assert the AbortError.
import { setTimeout as sleep } from "node:timers/promises";

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const vi: {
  fn<T extends (...args: any[]) => any>(impl: T): T & { mock: { calls: unknown[][] } };
};

interface AsyncAssertion {
  toMatchObject(expected: object): Promise<void>;
  toBe(expected: unknown): Promise<void>;
}
interface Assertion {
  toBe(expected: unknown): void;
  toHaveBeenCalledTimes(n: number): void;
  resolves: AsyncAssertion;
  rejects: AsyncAssertion;
}
declare const expect: (actual: unknown) => Assertion;

interface DrawOffValve {
  open(panId: string, opts: { signal: AbortSignal }): Promise<void>;
  close(panId: string): Promise<void>;
}

function isAbort(err: unknown, signal: AbortSignal): boolean {
  return signal.aborted || (err instanceof Error && err.name === "AbortError");
}

async function drainPan(valve: DrawOffValve, panId: string, signal: AbortSignal, attempts = 3): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    try {
      await valve.open(panId, { signal });
      await sleep(50, undefined, { signal });
      return attempt;
    } catch (err) {
      if (isAbort(err, signal) || attempt >= attempts) throw err;
      await sleep(10 * attempt, undefined, { signal });
    } finally {
      await valve.close(panId);
    }
  }
}

describe("maple evaporator draw-off", () => {
  let failuresLeft: number;
  let valve: DrawOffValve;

  beforeEach(() => {
    failuresLeft = 0;
    valve = {
      open: vi.fn(async (_panId: string, opts: { signal: AbortSignal }) => {
        opts.signal.throwIfAborted();
        if (failuresLeft > 0) {
          failuresLeft -= 1;
          throw new Error("valve stuck");
        }
      }),
      close: vi.fn(async () => {}),
    };
  });

  it("drains on the first attempt when the valve works", async () => {
    await expect(drainPan(valve, "flue-pan", new AbortController().signal)).resolves.toBe(1);
  });

  it("retries a sticky valve", async () => {
    failuresLeft = 2;
    await expect(drainPan(valve, "flue-pan", new AbortController().signal)).resolves.toBe(3);
    expect(valve.open).toHaveBeenCalledTimes(3);
  });

  it("stops immediately when the operator aborts", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(drainPan(valve, "syrup-pan", controller.signal)).rejects.toMatchObject({ name: "AbortError" });
    expect(valve.open).toHaveBeenCalledTimes(1);
    expect(valve.close).toHaveBeenCalledTimes(1);
  });
});
