// expect: no-swallowed-abort
// Bug: loadConditions catches the AbortError from a cancelled fetch and returns cached conditions as a normal result, so callers that aborted carry on planning a dive.
declare const conditionsCache: {
  get(reefId: string): DiveConditions | undefined;
  set(reefId: string, value: DiveConditions): void;
};

declare const boatRadio: {
  broadcast(boatId: string, message: string, options?: { signal?: AbortSignal }): Promise<void>;
};

export interface DiveConditions {
  reefId: string;
  visibilityM: number;
  currentKnots: number;
  waterTempC: number;
  fetchedAt: number;
  stale: boolean;
}

export interface DivePlan {
  boatId: string;
  reefId: string;
  maxDepthM: number;
  bottomMinutes: number;
}

const MARINE_API = 'https://marine-conditions.example.net/v2/reefs';

function isAbortError(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

async function loadConditions(reefId: string, signal: AbortSignal): Promise<DiveConditions> {
  try {
    const res = await fetch(`${MARINE_API}/${reefId}/now`, { signal });
    if (!res.ok) throw new Error(`marine API responded ${res.status}`);
    const body = (await res.json()) as Omit<DiveConditions, 'fetchedAt' | 'stale'>;
    const fresh = { ...body, fetchedAt: Date.now(), stale: false };
    conditionsCache.set(reefId, fresh);
    return fresh;
  } catch (err) {
    const cached = conditionsCache.get(reefId);
    if (isAbortError(err) && cached) {
      return { ...cached, stale: true };
    }
    throw err;
  }
}

export async function planDive(
  boatId: string,
  reefId: string,
  signal: AbortSignal,
): Promise<DivePlan | null> {
  const conditions = await loadConditions(reefId, signal);
  if (conditions.currentKnots > 1.5 || conditions.visibilityM < 4) {
    await boatRadio.broadcast(boatId, `dive at ${reefId} cancelled: poor conditions`, { signal });
    return null;
  }

  // Free-diving pearl divers: shorter bottom time in colder water.
  const bottomMinutes = conditions.waterTempC < 24 ? 1.5 : 2;
  const maxDepthM = conditions.visibilityM > 12 ? 18 : 12;
  const plan: DivePlan = { boatId, reefId, maxDepthM, bottomMinutes };

  await boatRadio.broadcast(
    boatId,
    `dive plan ${reefId}: max ${maxDepthM}m, ${bottomMinutes}min bottom${conditions.stale ? ' (cached conditions)' : ''}`,
    { signal },
  );
  return plan;
}
