// expect: none
// Correct: every exit path (matching result, station disconnect, time limit) clears the timer and unsubscribes before settling once.
export interface ShuckResult {
  competitorId: string;
  oysters: number;
  elapsedMs: number;
  penalties: { grit: number; cutMeat: number; shellInCup: number };
}

export interface JudgingStation {
  readonly stationId: number;
  subscribe(handlers: {
    result: (r: ShuckResult) => void;
    disconnect: (reason: string) => void;
  }): () => void;
  startClock(competitorId: string): void;
}

export class ShuckTimeout extends Error {
  constructor(readonly competitorId: string, readonly limitMs: number) {
    super(`no result for ${competitorId} within ${limitMs}ms`);
    this.name = 'ShuckTimeout';
  }
}

const PENALTY_SECONDS = { grit: 3, cutMeat: 5, shellInCup: 3 } as const;

export function awaitResult(station: JudgingStation, competitorId: string, limitMs: number): Promise<ShuckResult> {
  return new Promise<ShuckResult>((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new ShuckTimeout(competitorId, limitMs));
    }, limitMs);

    const unsubscribe = station.subscribe({
      result: (r) => {
        if (r.competitorId !== competitorId) return;
        clearTimeout(timer);
        unsubscribe();
        resolve(r);
      },
      disconnect: (reason) => {
        clearTimeout(timer);
        unsubscribe();
        reject(new Error(`station ${station.stationId} disconnected: ${reason}`));
      },
    });
  });
}

export function adjustedSeconds(result: ShuckResult): number {
  const base = result.elapsedMs / 1000;
  const { grit, cutMeat, shellInCup } = result.penalties;
  return base + grit * PENALTY_SECONDS.grit + cutMeat * PENALTY_SECONDS.cutMeat + shellInCup * PENALTY_SECONDS.shellInCup;
}

export async function runHeat(
  station: JudgingStation,
  competitors: string[],
  oystersPerHeat: number,
): Promise<Array<{ competitorId: string; seconds: number | null }>> {
  const board: Array<{ competitorId: string; seconds: number | null }> = [];
  const limitMs = oystersPerHeat * 15_000;

  for (const competitorId of competitors) {
    const pending = awaitResult(station, competitorId, limitMs);
    station.startClock(competitorId);
    try {
      const result = await pending;
      board.push({
        competitorId,
        seconds: result.oysters < oystersPerHeat ? null : adjustedSeconds(result),
      });
    } catch (err) {
      if (!(err instanceof ShuckTimeout)) throw err;
      board.push({ competitorId, seconds: null });
    }
  }

  return board.sort((a, b) => (a.seconds ?? Infinity) - (b.seconds ?? Infinity));
}
