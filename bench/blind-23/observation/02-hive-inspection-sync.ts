// expect: none
// allSettled results are walked and every rejected entry's reason is recorded and the inspection re-queued.
export interface HiveInspection {
  id: string;
  apiaryId: string;
  hiveNumber: number;
  queenSeen: boolean;
  broodFrames: number;
  varroaPer100: number;
  inspectedAt: string;
}

export interface RegistryClient {
  submitInspection(inspection: HiveInspection): Promise<{ receipt: string }>;
}

export interface OutboxStore {
  pending(limit: number): Promise<HiveInspection[]>;
  markSynced(id: string, receipt: string): Promise<void>;
  markFailed(id: string, reason: string, attempts: number): Promise<void>;
  attempts(id: string): Promise<number>;
}

export interface SyncSummary {
  synced: number;
  failed: Array<{ id: string; reason: string }>;
}

const BATCH_SIZE = 20;
const MAX_ATTEMPTS = 6;

function describeError(err: unknown): string {
  if (err instanceof Error) return err.message;
  return typeof err === 'string' ? err : JSON.stringify(err);
}

export async function syncCooperativeInspections(outbox: OutboxStore, registry: RegistryClient): Promise<SyncSummary> {
  const batch = await outbox.pending(BATCH_SIZE);
  const summary: SyncSummary = { synced: 0, failed: [] };
  if (batch.length === 0) return summary;

  const results = await Promise.allSettled(batch.map((inspection) => registry.submitInspection(inspection)));

  for (let i = 0; i < results.length; i++) {
    const inspection = batch[i];
    const result = results[i];

    if (result.status === 'fulfilled') {
      await outbox.markSynced(inspection.id, result.value.receipt);
      summary.synced++;
      continue;
    }

    const reason = describeError(result.reason);
    const attempts = (await outbox.attempts(inspection.id)) + 1;
    await outbox.markFailed(inspection.id, reason, attempts);
    summary.failed.push({ id: inspection.id, reason });

    if (attempts >= MAX_ATTEMPTS) {
      console.warn(
        `inspection ${inspection.id} (apiary ${inspection.apiaryId}, hive ${inspection.hiveNumber}) ` +
          `gave up after ${attempts} attempts: ${reason}`,
      );
    }
  }

  return summary;
}
