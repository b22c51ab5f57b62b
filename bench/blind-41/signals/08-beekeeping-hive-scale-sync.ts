// expect: no-swallowed-abort
// readHiveScale wraps every failure, including an AbortError from shutdown, in a generic ScaleSyncError, so the scheduler pages the beekeeper on a normal stop.
export interface HiveWeight {
  hiveId: string;
  grossKg: number;
  broodBoxTempC: number;
  readAt: string;
}

export class ScaleSyncError extends Error {
  constructor(readonly hiveId: string, options?: { cause?: unknown }) {
    super(`could not read scale for hive ${hiveId}`, options);
    this.name = 'ScaleSyncError';
  }
}

declare const gatewayUrl: string;
declare const apiaryStore: {
  appendWeights(rows: HiveWeight[]): Promise<void>;
  lastWeight(hiveId: string): Promise<HiveWeight | undefined>;
};
declare const beekeeperPager: {
  page(message: string): Promise<void>;
};

const NECTAR_FLOW_KG_PER_DAY = 1.5;

async function readHiveScale(hiveId: string, signal: AbortSignal): Promise<HiveWeight> {
  try {
    const res = await fetch(`${gatewayUrl}/scales/${encodeURIComponent(hiveId)}/latest`, { signal });
    if (!res.ok) throw new Error(`gateway returned ${res.status}`);
    return (await res.json()) as HiveWeight;
  } catch (err) {
    throw new ScaleSyncError(hiveId, { cause: err });
  }
}

export async function syncApiary(hiveIds: string[], signal: AbortSignal): Promise<{ flowing: string[] }> {
  const weights: HiveWeight[] = [];
  const flowing: string[] = [];
  for (const hiveId of hiveIds) {
    const current = await readHiveScale(hiveId, signal);
    const previous = await apiaryStore.lastWeight(hiveId);
    if (previous) {
      const days = (Date.parse(current.readAt) - Date.parse(previous.readAt)) / 86_400_000;
      if (days > 0 && (current.grossKg - previous.grossKg) / days >= NECTAR_FLOW_KG_PER_DAY) {
        flowing.push(hiveId);
      }
    }
    weights.push(current);
  }
  await apiaryStore.appendWeights(weights);
  return { flowing };
}

export async function scheduledSync(hiveIds: string[], signal: AbortSignal): Promise<void> {
  try {
    const { flowing } = await syncApiary(hiveIds, signal);
    if (flowing.length > 0) {
      await beekeeperPager.page(`Nectar flow on ${flowing.join(', ')} — consider adding supers.`);
    }
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') throw err;
    const hive = err instanceof ScaleSyncError ? err.hiveId : 'unknown';
    await beekeeperPager.page(`Hive scale sync failed (hive ${hive}): ${String(err)}`);
    throw err;
  }
}
