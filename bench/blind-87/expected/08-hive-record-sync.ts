// expect: no-reused-settled-promise
// withRetry() receives the upload promise itself and its .catch re-attaches to that same rejected promise, so the "retries" never re-send the records.
export interface InspectionRecord {
  hiveId: string;
  memberId: string;
  inspectedAt: string;
  broodFrames: number;
  honeyFrames: number;
  queenSeen: boolean;
  notes: string;
}

declare const localStore: {
  unsynced(limit: number): Promise<InspectionRecord[]>;
  markSynced(keys: string[]): Promise<void>;
};

const COOP_SYNC_URL = process.env.COOP_SYNC_URL ?? 'https://records.heatherbee-coop.example/api/inspections';

function recordKey(r: InspectionRecord): string {
  return `${r.hiveId}@${r.inspectedAt}`;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function withRetry<T>(p: Promise<T>, attemptsLeft = 3, backoffMs = 1_000): Promise<T> {
  return p.catch(async (err: unknown) => {
    if (attemptsLeft <= 1) throw err;
    console.warn(`[sync] upload failed (${(err as Error).message}); retrying in ${backoffMs}ms`);
    await delay(backoffMs);
    return withRetry(p, attemptsLeft - 1, backoffMs * 2);
  });
}

async function uploadBatch(records: InspectionRecord[], token: string): Promise<{ accepted: string[] }> {
  const res = await fetch(COOP_SYNC_URL, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ records }),
  });
  if (!res.ok) throw new Error(`sync endpoint answered ${res.status}`);
  return (await res.json()) as { accepted: string[] };
}

export async function syncInspections(token: string, batchSize = 50): Promise<number> {
  let total = 0;
  for (;;) {
    const batch = await localStore.unsynced(batchSize);
    if (batch.length === 0) return total;

    const { accepted } = await withRetry(uploadBatch(batch, token));
    const acceptedSet = new Set(accepted);
    const keys = batch.map(recordKey).filter((k) => acceptedSet.has(k));
    await localStore.markSynced(keys);
    total += keys.length;

    if (keys.length < batch.length) {
      console.warn(`[sync] ${batch.length - keys.length} records rejected by the co-op server`);
      return total;
    }
  }
}
