// expect: none
// The tide lookup is started before the imagery request but both go into one Promise.all immediately, and the allSettled sweep checks status before reading values.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(match?: string | RegExp): Promise<void> };
};

interface TideState {
  heightM: number;
  falling: boolean;
}

interface Imagery {
  beach: string;
  tiles: Array<{ id: string; walruses: number }>;
}

interface Sources {
  tideAt(beach: string, iso: string): Promise<TideState>;
  imagery(beach: string, iso: string): Promise<Imagery>;
}

export class HaulOutAggregator {
  constructor(private readonly sources: Sources) {}

  async countBeach(beach: string, iso: string): Promise<{ beach: string; total: number; lowTide: boolean }> {
    const tide = this.sources.tideAt(beach, iso);
    const [state, imagery] = await Promise.all([tide, this.sources.imagery(beach, iso)]);
    const total = imagery.tiles.reduce((sum, t) => sum + t.walruses, 0);
    return { beach, total, lowTide: state.heightM < 0.5 };
  }

  async countCoast(beaches: string[], iso: string): Promise<{ counted: number; failed: string[] }> {
    const settled = await Promise.allSettled(beaches.map((b) => this.countBeach(b, iso)));
    let counted = 0;
    const failed: string[] = [];
    settled.forEach((result, i) => {
      if (result.status === "fulfilled") counted += result.value.total;
      else failed.push(beaches[i]);
    });
    return { counted, failed };
  }
}

describe("haul-out aggregator", () => {
  let tideCalls: string[];
  let sources: Sources;

  beforeEach(() => {
    tideCalls = [];
    sources = {
      async tideAt(beach) {
        tideCalls.push(beach);
        if (beach === "Round Island") throw new Error("tide gauge offline");
        return { heightM: 0.3, falling: true };
      },
      async imagery(beach) {
        return {
          beach,
          tiles: [
            { id: `${beach}-1`, walruses: 120 },
            { id: `${beach}-2`, walruses: 45 },
          ],
        };
      },
    };
  });

  it("sums walruses across tiles at low tide", async () => {
    const agg = new HaulOutAggregator(sources);
    const result = await agg.countBeach("Cape Seniavin", "2024-08-01T14:00:00Z");
    expect(result).toEqual({ beach: "Cape Seniavin", total: 165, lowTide: true });
  });

  it("fails the beach when its tide gauge is offline", async () => {
    const agg = new HaulOutAggregator(sources);
    await expect(agg.countBeach("Round Island", "2024-08-01T14:00:00Z")).rejects.toThrow("tide gauge offline");
  });

  it("keeps counting the coast when one beach fails", async () => {
    const agg = new HaulOutAggregator(sources);
    const coast = await agg.countCoast(["Cape Seniavin", "Round Island", "Togiak"], "2024-08-01T14:00:00Z");
    expect(coast.counted).toBe(330);
    expect(coast.failed).toEqual(["Round Island"]);
    expect(tideCalls.length).toBe(3);
  });
});
