// expect: none
// The settings promise is loaded once and re-awaited only to read an unchanging value; the migration status is fetched anew on every loop iteration.
import { setTimeout as sleep } from 'node:timers/promises';

interface ClusterSettings {
  pollIntervalMs: number;
  maxWaitMs: number;
}

interface MigrationStatus {
  id: string;
  state: 'queued' | 'running' | 'succeeded' | 'failed';
  appliedSteps: number;
  totalSteps: number;
  error?: string;
}

declare const admin: {
  getSettings(cluster: string): Promise<ClusterSettings>;
  getMigration(cluster: string, id: string, opts?: { signal?: AbortSignal }): Promise<MigrationStatus>;
};

export async function waitForMigration(
  cluster: string,
  migrationId: string,
  onProgress?: (applied: number, total: number) => void,
): Promise<MigrationStatus> {
  const settingsPromise = admin.getSettings(cluster);
  const startedAt = Date.now();

  for (;;) {
    const [settings, status] = await Promise.all([settingsPromise, admin.getMigration(cluster, migrationId)]);

    if (status.state === 'succeeded') return status;
    if (status.state === 'failed') {
      throw new Error(`migration ${migrationId} on ${cluster} failed: ${status.error ?? 'unknown error'}`);
    }

    onProgress?.(status.appliedSteps, status.totalSteps);

    if (Date.now() - startedAt > settings.maxWaitMs) {
      throw new Error(`migration ${migrationId} still ${status.state} after ${settings.maxWaitMs}ms`);
    }
    await sleep(settings.pollIntervalMs);
  }
}
