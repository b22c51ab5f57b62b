// expect: no-swallowed-abort
// fetchFeedingPlan turns an AbortError into an empty plan, so a cancelled round looks like "no trays need leaves" and the round is recorded as complete.
export interface TrayPlan {
  trayId: string;
  instar: 1 | 2 | 3 | 4 | 5;
  mulberryGrams: number;
  chopFine: boolean;
}

export interface FeedingRound {
  roundId: string;
  startedAt: string;
  trays: TrayPlan[];
}

declare const leafStore: {
  withdraw(grams: number, opts: { signal: AbortSignal }): Promise<void>;
};

declare const roundLog: {
  complete(round: FeedingRound, gramsUsed: number): Promise<void>;
};

const SERICULTURE_API = process.env.SERICULTURE_API ?? 'http://sericulture.farm.local/api';

async function fetchFeedingPlan(shed: string, signal: AbortSignal): Promise<TrayPlan[]> {
  try {
    const res = await fetch(`${SERICULTURE_API}/sheds/${encodeURIComponent(shed)}/feeding-plan`, { signal });
    if (!res.ok) throw new Error(`feeding plan for shed ${shed}: HTTP ${res.status}`);
    const plan = (await res.json()) as TrayPlan[];
    return plan.filter((t) => t.mulberryGrams > 0);
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') {
      return [];
    }
    throw err;
  }
}

export function leafPrep(plan: TrayPlan[]): { fineGrams: number; coarseGrams: number } {
  // first and second instar larvae cannot manage whole leaves
  let fineGrams = 0;
  let coarseGrams = 0;
  for (const tray of plan) {
    if (tray.chopFine || tray.instar <= 2) fineGrams += tray.mulberryGrams;
    else coarseGrams += tray.mulberryGrams;
  }
  return { fineGrams, coarseGrams };
}

export async function runFeedingRound(shed: string, signal: AbortSignal): Promise<FeedingRound> {
  const round: FeedingRound = {
    roundId: `${shed}-${Date.now()}`,
    startedAt: new Date().toISOString(),
    trays: [],
  };

  round.trays = await fetchFeedingPlan(shed, signal);
  const { fineGrams, coarseGrams } = leafPrep(round.trays);
  const total = fineGrams + coarseGrams;

  if (total > 0) {
    await leafStore.withdraw(total, { signal });
  }
  await roundLog.complete(round, total);
  return round;
}
