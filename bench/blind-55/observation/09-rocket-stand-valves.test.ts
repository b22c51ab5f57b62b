// expect: no-floating-promises
// Bug: the beforeEach hook calls the async stand.resetValves() as a bare statement, so tests start before the valves are reset and a reset failure is never reported.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  toBeLessThan(n: number): void;
};
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const afterEach: (fn: () => void | Promise<void>) => void;

type ValveId = "lox-main" | "fuel-main" | "igniter-purge" | "chamber-vent";

interface ValveState {
  id: ValveId;
  openPct: number;
  commandedAt: number;
}

declare const stand: {
  resetValves(): Promise<void>;
  command(valve: ValveId, openPct: number): Promise<ValveState>;
  read(valve: ValveId): Promise<ValveState>;
  sequence(steps: Array<{ valve: ValveId; openPct: number; atMs: number }>): Promise<ValveState[]>;
};
declare const recorder: {
  clear(): void;
  events(): Array<{ valve: ValveId; openPct: number }>;
};

const chillDownSequence = [
  { valve: "chamber-vent" as const, openPct: 100, atMs: 0 },
  { valve: "lox-main" as const, openPct: 5, atMs: 200 },
  { valve: "lox-main" as const, openPct: 0, atMs: 3_000 },
  { valve: "chamber-vent" as const, openPct: 0, atMs: 3_200 },
];

describe("rocket test stand valve sequencing", () => {
  beforeEach(() => {
    recorder.clear();
    stand.resetValves();
  });

  afterEach(async () => {
    await stand.command("chamber-vent", 100);
  });

  it("opens the main lox valve to the commanded position", async () => {
    const state = await stand.command("lox-main", 40);
    expect(state.openPct).toBe(40);
  });

  it("starts with every valve closed", async () => {
    const valves: ValveId[] = ["lox-main", "fuel-main", "igniter-purge", "chamber-vent"];
    const states = await Promise.all(valves.map((v) => stand.read(v)));
    expect(states.map((s) => s.openPct)).toEqual([0, 0, 0, 0]);
  });

  it("runs the chill-down sequence in order", async () => {
    const states = await stand.sequence(chillDownSequence);
    expect(states.length).toBe(chillDownSequence.length);
    expect(recorder.events().map((e) => e.valve)).toEqual(chillDownSequence.map((s) => s.valve));
  });

  it("leaves the vent closed after chill-down", async () => {
    await stand.sequence(chillDownSequence);
    const vent = await stand.read("chamber-vent");
    expect(vent.openPct).toBe(0);
  });

  it("timestamps commands monotonically", async () => {
    const a = await stand.command("fuel-main", 10);
    const b = await stand.command("fuel-main", 20);
    expect(b.commandedAt).toBeGreaterThan(a.commandedAt);
  });
});
