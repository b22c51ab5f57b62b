// expect: require-signal-propagation
// refillAviary passes options.signal to the listing fetch but not to the per-feeder dispense POST, so a cancelled refill keeps dispensing mice.
export interface FeederState {
  feederId: string;
  perch: string;
  species: 'barn' | 'tawny' | 'eagle-owl' | 'little';
  miceLeft: number;
  capacity: number;
}

export interface RefillOptions {
  signal?: AbortSignal;
  dryRun?: boolean;
  minFillRatio?: number;
}

export interface RefillSummary {
  aviaryId: string;
  refilled: Array<{ feederId: string; added: number }>;
  skipped: string[];
}

declare const sanctuaryConfig: {
  apiBase: string;
  token(): string;
};

const NIGHTLY_MICE: Record<FeederState['species'], number> = {
  barn: 3,
  tawny: 3,
  'eagle-owl': 6,
  little: 2,
};

function headers(): Record<string, string> {
  return {
    authorization: `Bearer ${sanctuaryConfig.token()}`,
    'content-type': 'application/json',
  };
}

async function listFeeders(aviaryId: string, signal?: AbortSignal): Promise<FeederState[]> {
  const res = await fetch(`${sanctuaryConfig.apiBase}/aviaries/${encodeURIComponent(aviaryId)}/feeders`, {
    headers: headers(),
    signal,
  });
  if (!res.ok) throw new Error(`feeder listing failed: ${res.status}`);
  return (await res.json()) as FeederState[];
}

function plannedTopUp(feeder: FeederState, minFillRatio: number): number {
  const nightly = NIGHTLY_MICE[feeder.species];
  const target = Math.min(feeder.capacity, nightly * 2);
  if (feeder.miceLeft / feeder.capacity >= minFillRatio && feeder.miceLeft >= nightly) return 0;
  return Math.max(0, target - feeder.miceLeft);
}

export async function refillAviary(aviaryId: string, options: RefillOptions = {}): Promise<RefillSummary> {
  const { signal, dryRun = false, minFillRatio = 0.5 } = options;
  const feeders = await listFeeders(aviaryId, signal);
  const summary: RefillSummary = { aviaryId, refilled: [], skipped: [] };

  for (const feeder of feeders) {
    signal?.throwIfAborted();
    const added = plannedTopUp(feeder, minFillRatio);
    if (added === 0) {
      summary.skipped.push(feeder.feederId);
      continue;
    }
    if (!dryRun) {
      const res = await fetch(`${sanctuaryConfig.apiBase}/feeders/${encodeURIComponent(feeder.feederId)}/dispense`, {
        method: 'POST',
        headers: headers(),
        body: JSON.stringify({ count: added, reason: 'nightly-refill' }),
      });
      if (!res.ok) throw new Error(`dispense failed for ${feeder.feederId}: ${res.status}`);
    }
    summary.refilled.push({ feederId: feeder.feederId, added });
  }
  return summary;
}

export async function refillAll(aviaryIds: string[], signal?: AbortSignal): Promise<RefillSummary[]> {
  const out: RefillSummary[] = [];
  for (const id of aviaryIds) {
    out.push(await refillAviary(id, { signal }));
  }
  return out;
}
