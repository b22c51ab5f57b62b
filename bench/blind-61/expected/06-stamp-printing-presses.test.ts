// expect: none
// Hooks and mocks receive function references where the runner expects functions, and every promise under test is awaited through expect(...).resolves/rejects or await.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveBeenCalledTimes(n: number): void;
  resolves: { toEqual(expected: unknown): Promise<void>; toBe(expected: unknown): Promise<void> };
  rejects: { toThrow(pattern?: RegExp | string): Promise<void> };
};
declare const vi: {
  fn<A extends unknown[], R>(impl: (...args: A) => R): ((...args: A) => R) & {
    mock: { calls: A[] };
    mockClear(): void;
  };
};

interface Sheet {
  design: string;
  perforation: number;
  stampsPerSheet: number;
}

interface PrintJob {
  jobId: string;
  design: string;
  sheets: number;
}

const inkLevels = new Map<string, number>();

const loadPlate = vi.fn(async (design: string): Promise<{ design: string; colours: string[] }> => {
  if (design === "cracked") throw new Error(`plate ${design} failed inspection`);
  return { design, colours: ["cyan", "magenta", "yellow", "black"] };
});

function resetPress(): void {
  inkLevels.clear();
  for (const colour of ["cyan", "magenta", "yellow", "black"]) inkLevels.set(colour, 100);
  loadPlate.mockClear();
}

class StampPress {
  async print(job: PrintJob): Promise<Sheet[]> {
    const plate = await loadPlate(job.design);
    const sheets: Sheet[] = [];
    for (let i = 0; i < job.sheets; i++) {
      for (const colour of plate.colours) {
        const level = inkLevels.get(colour) ?? 0;
        if (level <= 0) throw new Error(`out of ${colour} ink on sheet ${i + 1}`);
        inkLevels.set(colour, level - 4);
      }
      sheets.push({ design: plate.design, perforation: 13.5, stampsPerSheet: 50 });
    }
    return sheets;
  }
}

describe("stamp press", () => {
  let press: StampPress;

  beforeEach(resetPress);
  beforeEach(() => {
    press = new StampPress();
  });

  it("prints the requested number of sheets", async () => {
    const sheets = await press.print({ jobId: "j1", design: "heron-2c", sheets: 3 });
    expect(sheets.length).toBe(3);
    expect(sheets[0]).toEqual({ design: "heron-2c", perforation: 13.5, stampsPerSheet: 50 });
  });

  it("loads the plate once per job", async () => {
    await press.print({ jobId: "j2", design: "lighthouse-5c", sheets: 10 });
    expect(loadPlate).toHaveBeenCalledTimes(1);
  });

  it("resolves with the plate design on every sheet", async () => {
    await expect(
      press.print({ jobId: "j3", design: "owl-1c", sheets: 1 }).then((s) => s.map((x) => x.design)),
    ).resolves.toEqual(["owl-1c"]);
  });

  it("rejects a cracked plate", async () => {
    await expect(press.print({ jobId: "j4", design: "cracked", sheets: 1 })).rejects.toThrow(
      /failed inspection/,
    );
  });

  it("runs out of ink after 25 sheets", async () => {
    await expect(press.print({ jobId: "j5", design: "fern-3c", sheets: 26 })).rejects.toThrow(
      "out of cyan ink on sheet 26",
    );
    expect(inkLevels.get("cyan")).toBe(0);
  });
});
