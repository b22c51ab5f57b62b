// expect: none
// The per-judge promises are pushed in a synchronous loop and handed to Promise.all straight away, with no await in between that could leave one unobserved.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void>) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(pattern?: string | RegExp): Promise<void> };
};

interface Judge {
  id: string;
  score(entryId: string): Promise<number>;
}

interface EntryResult {
  entryId: string;
  perJudge: Record<string, number>;
  trimmedMean: number;
}

async function scoreEntry(entryId: string, judges: Judge[]): Promise<EntryResult> {
  const pending: Array<Promise<number>> = [];
  for (const judge of judges) {
    pending.push(judge.score(entryId));
  }
  const scores = await Promise.all(pending);

  const perJudge: Record<string, number> = {};
  judges.forEach((judge, i) => {
    perJudge[judge.id] = scores[i];
  });
  const sorted = [...scores].sort((a, b) => a - b);
  const trimmed = sorted.length > 3 ? sorted.slice(1, -1) : sorted;
  const trimmedMean = trimmed.reduce((s, v) => s + v, 0) / trimmed.length;
  return { entryId, perJudge, trimmedMean: Math.round(trimmedMean * 100) / 100 };
}

function judge(id: string, scores: Record<string, number>, delayMs = 0): Judge {
  return {
    id,
    async score(entryId) {
      await new Promise<void>((resolve) => setTimeout(resolve, delayMs));
      const value = scores[entryId];
      if (value === undefined) throw new Error(`${id} has not seen ${entryId}`);
      return value;
    },
  };
}

describe("scoreEntry", () => {
  let panel: Judge[];

  beforeEach(() => {
    panel = [
      judge("harbourmaster", { moat: 7, turret: 9 }, 5),
      judge("lifeguard", { moat: 8, turret: 6 }),
      judge("mayor", { moat: 10, turret: 8 }, 2),
      judge("kid-panel", { moat: 3, turret: 9 }),
    ];
  });

  it("drops the highest and lowest score for a full panel", async () => {
    const result = await scoreEntry("moat", panel);
    expect(result.trimmedMean).toBe(7.5);
    expect(result.perJudge).toEqual({ harbourmaster: 7, lifeguard: 8, mayor: 10, "kid-panel": 3 });
  });

  it("keeps every score when only three judges sit", async () => {
    const result = await scoreEntry("turret", panel.slice(0, 3));
    expect(result.trimmedMean).toBe(7.67);
  });

  it("fails the entry when a judge has no score for it", async () => {
    const late = [...panel, judge("sponsor", { moat: 6 })];
    await expect(scoreEntry("turret", late)).rejects.toThrow("sponsor has not seen turret");
  });
});
