// expect: none
// Promises only reach expect() through an awaited .resolves/.rejects chain; every other assertion is made on an awaited value.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toContain(item: unknown): void;
  resolves: { toBe(expected: unknown): Promise<void>; toEqual(expected: unknown): Promise<void> };
  rejects: { toThrow(match?: string | RegExp): Promise<void> };
};

type SeatState = "free" | "held" | "sold" | "accessible";

interface ShowSeating {
  showId: string;
  rows: Record<string, SeatState[]>;
}

class SeatMap {
  private readonly holds = new Map<string, string>();

  constructor(private readonly seating: ShowSeating) {}

  async state(seat: string): Promise<SeatState> {
    const [row, num] = [seat[0], Number(seat.slice(1))];
    const state = this.seating.rows[row]?.[num - 1];
    if (!state) throw new Error(`seat ${seat} does not exist in show ${this.seating.showId}`);
    return this.holds.has(seat) ? "held" : state;
  }

  async hold(seat: string, sessionId: string): Promise<boolean> {
    const state = await this.state(seat);
    if (state !== "free" && state !== "accessible") return false;
    this.holds.set(seat, sessionId);
    return true;
  }

  async freeSeats(): Promise<string[]> {
    const out: string[] = [];
    for (const [row, seats] of Object.entries(this.seating.rows)) {
      for (let i = 0; i < seats.length; i++) {
        const id = `${row}${i + 1}`;
        if (seats[i] === "free" && !this.holds.has(id)) out.push(id);
      }
    }
    return out;
  }
}

describe("SeatMap", () => {
  let map: SeatMap;

  beforeEach(() => {
    map = new SeatMap({
      showId: "aurora-2030",
      rows: {
        A: ["accessible", "accessible", "free", "sold"],
        B: ["free", "free", "sold", "free"],
      },
    });
  });

  it("reports seat state", async () => {
    await expect(map.state("A4")).resolves.toBe("sold");
    expect(await map.state("B1")).toBe("free");
  });

  it("rejects seats outside the dome", async () => {
    await expect(map.state("C1")).rejects.toThrow(/does not exist/);
  });

  it("holds a free seat once", async () => {
    expect(await map.hold("B2", "sess-1")).toBe(true);
    expect(await map.hold("B2", "sess-2")).toBe(false);
    await expect(map.state("B2")).resolves.toBe("held");
  });

  it("allows holding accessible seats", async () => {
    const held = await map.hold("A1", "sess-9");
    expect(held).toBe(true);
  });

  it("lists only unheld free seats", async () => {
    await map.hold("B4", "sess-3");
    const free = await map.freeSeats();
    expect(free).toEqual(["A3", "B1", "B2"]);
    expect(free).toContain("A3");
  });
});
