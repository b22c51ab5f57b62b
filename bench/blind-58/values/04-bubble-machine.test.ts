// expect: none
// Promises handed to expect() go through .resolves/.rejects and are awaited; boolean and status checks use awaited values.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const afterEach: (fn: () => Promise<void> | void) => void;

interface AsyncAssertion {
  toBe(expected: unknown): Promise<void>;
  toBeUndefined(): Promise<void>;
  toThrow(expected?: string | RegExp): Promise<void>;
}
interface Assertion {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  toContain(item: unknown): void;
  resolves: AsyncAssertion;
  rejects: AsyncAssertion;
}
declare const expect: (actual: unknown) => Assertion;

interface BubbleStatus {
  mode: "idle" | "priming" | "blowing" | "fault";
  fluidPct: number;
  bubblesPerMinute: number;
}

interface BubbleMachine {
  isPrimed(): Promise<boolean>;
  prime(): Promise<void>;
  start(rateBpm: number): Promise<void>;
  stop(): Promise<void>;
  status(): Promise<BubbleStatus>;
}

declare function createBubbleMachine(opts: { fluid: "glycerin" | "guar"; tankMl: number }): BubbleMachine;

describe("soap bubble machine", () => {
  let machine: BubbleMachine;

  beforeEach(() => {
    machine = createBubbleMachine({ fluid: "glycerin", tankMl: 2000 });
  });

  afterEach(async () => {
    await machine.stop();
  });

  it("is not primed out of the box", async () => {
    expect(await machine.isPrimed()).toBe(false);
  });

  it("primes before blowing", async () => {
    await expect(machine.prime()).resolves.toBeUndefined();
    await expect(machine.isPrimed()).resolves.toBe(true);
    await machine.start(600);
    const status = await machine.status();
    expect(status.mode).toBe("blowing");
    expect(status.bubblesPerMinute).toBeGreaterThan(0);
  });

  it("refuses to start unprimed", async () => {
    await expect(machine.start(600)).rejects.toThrow(/not primed/);
    const status = await machine.status();
    expect(["idle", "fault"]).toContain(status.mode);
  });

  it("reports fluid usage while blowing", async () => {
    await machine.prime();
    const before = (await machine.status()).fluidPct;
    await machine.start(1200);
    await machine.stop();
    const after = (await machine.status()).fluidPct;
    expect(before - after).toBeGreaterThan(0);
  });
});
