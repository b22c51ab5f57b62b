// expect: none
// The request signal is combined with a timeout via AbortSignal.any and forwarded to the terminal call; AbortError is rethrown, not converted.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(pattern: RegExp): Promise<void>; toMatchObject(shape: object): Promise<void> };
};
declare const vi: {
  fn<T extends (...args: any[]) => any>(impl: T): T & { mock: { calls: Parameters<T>[] } };
};

interface Terminal {
  charge(amountCents: number, init: { signal: AbortSignal }): Promise<{ approved: boolean; authCode: string }>;
}

async function payForWash(
  terminal: Terminal,
  program: "basic" | "deluxe",
  request: { signal: AbortSignal },
  timeoutMs = 30_000,
): Promise<string> {
  const amount = program === "deluxe" ? 1800 : 1000;
  const signal = AbortSignal.any([request.signal, AbortSignal.timeout(timeoutMs)]);
  try {
    const result = await terminal.charge(amount, { signal });
    if (!result.approved) throw new Error("card declined");
    return result.authCode;
  } catch (err) {
    if (err instanceof Error && (err.name === "AbortError" || err.name === "TimeoutError")) throw err;
    throw new Error(`payment failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function abortableCharge(approved: boolean) {
  return vi.fn(
    (_amount: number, init: { signal: AbortSignal }) =>
      new Promise<{ approved: boolean; authCode: string }>((resolve, reject) => {
        const timer = setTimeout(() => resolve({ approved, authCode: "A1B2" }), 5);
        init.signal.addEventListener("abort", () => {
          clearTimeout(timer);
          reject(init.signal.reason);
        }, { once: true });
      }),
  );
}

describe("wash payment", () => {
  let controller: AbortController;

  beforeEach(() => {
    controller = new AbortController();
  });

  it("returns the auth code for an approved card", async () => {
    const charge = abortableCharge(true);
    const code = await payForWash({ charge }, "deluxe", controller);
    expect(code).toBe("A1B2");
    expect(charge.mock.calls[0][0]).toBe(1800);
  });

  it("maps declines to a payment error", async () => {
    await expect(payForWash({ charge: abortableCharge(false) }, "basic", controller)).rejects.toThrow(
      /payment failed: card declined/,
    );
  });

  it("propagates cancellation from the kiosk", async () => {
    const pending = payForWash({ charge: abortableCharge(true) }, "basic", controller);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
  });
});
