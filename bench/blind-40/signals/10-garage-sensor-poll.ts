// expect: none
// Each request combines the caller's signal with a per-request timeout via AbortSignal.any; only a timeout becomes a stale result, a caller abort is rethrown.
export interface BaySensor {
  bayId: string;
  occupied: boolean;
  ev: boolean;
  lastChangeAt: string;
}

export interface LevelPoll {
  levelId: string;
  bays: BaySensor[];
  stale: boolean;
}

declare const occupancyStore: {
  save(polls: LevelPoll[], options: { signal: AbortSignal }): Promise<void>;
};

function isTimeout(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'TimeoutError';
}

export async function pollLevelSensors(
  gatewayUrl: string,
  levelIds: readonly string[],
  { signal, perRequestMs = 3_000 }: { signal: AbortSignal; perRequestMs?: number },
): Promise<LevelPoll[]> {
  const polls: LevelPoll[] = [];
  for (const levelId of levelIds) {
    signal.throwIfAborted();
    const requestSignal = AbortSignal.any([signal, AbortSignal.timeout(perRequestMs)]);
    try {
      const res = await fetch(`${gatewayUrl}/levels/${encodeURIComponent(levelId)}/bays`, {
        signal: requestSignal,
      });
      if (!res.ok) throw new Error(`sensor gateway returned ${res.status} for level ${levelId}`);
      const bays = (await res.json()) as BaySensor[];
      polls.push({ levelId, bays, stale: false });
    } catch (err) {
      if (signal.aborted) throw err;
      if (isTimeout(err)) {
        polls.push({ levelId, bays: [], stale: true });
        continue;
      }
      throw err;
    }
  }
  return polls;
}

export function summarise(polls: readonly LevelPoll[]): { free: number; evFree: number; staleLevels: string[] } {
  let free = 0;
  let evFree = 0;
  for (const poll of polls) {
    for (const bay of poll.bays) {
      if (bay.occupied) continue;
      free += 1;
      if (bay.ev) evFree += 1;
    }
  }
  return { free, evFree, staleLevels: polls.filter((p) => p.stale).map((p) => p.levelId) };
}

export async function refreshGarage(
  gatewayUrl: string,
  levelIds: readonly string[],
  signal: AbortSignal,
): Promise<ReturnType<typeof summarise>> {
  const polls = await pollLevelSensors(gatewayUrl, levelIds, { signal });
  const summary = summarise(polls);
  if (summary.staleLevels.length === levelIds.length) {
    throw new Error('every level timed out; not overwriting the last good occupancy');
  }
  await occupancyStore.save(polls, { signal });
  return summary;
}
