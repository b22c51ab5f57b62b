// expect: no-swallowed-abort
// pullSessions wraps every non-KennelSyncError, including the AbortError from a cancelled fetch, into a KennelSyncError, so syncAll's AbortError check never matches and a cancelled sync carries on, logging every remaining dog as a failure.
export interface TrainingSession {
  id: string;
  dogId: string;
  date: string;
  exercise: 'scent-box' | 'buried-target' | 'orchard-search';
  hits: number;
  misses: number;
}

export class KennelSyncError extends Error {
  override readonly name = 'KennelSyncError';
}

export interface SessionStore {
  upsert(sessions: TrainingSession[]): Promise<number>;
  lastSyncedAt(dogId: string): Promise<string | undefined>;
}

export interface SyncReport {
  synced: Record<string, number>;
  failures: Array<{ dogId: string; message: string }>;
}

export class KennelSync {
  constructor(
    private readonly serverUrl: string,
    private readonly store: SessionStore,
  ) {}

  async pullSessions(dogId: string, since: string | undefined, signal: AbortSignal): Promise<TrainingSession[]> {
    const url = new URL(`/dogs/${encodeURIComponent(dogId)}/sessions`, this.serverUrl);
    if (since) url.searchParams.set('since', since);
    try {
      const res = await fetch(url, { signal });
      if (!res.ok) throw new KennelSyncError(`kennel server answered ${res.status} for ${dogId}`);
      const payload = (await res.json()) as { sessions?: TrainingSession[] };
      if (!Array.isArray(payload.sessions)) throw new KennelSyncError(`malformed session list for ${dogId}`);
      return payload.sessions;
    } catch (err) {
      if (err instanceof KennelSyncError) throw err;
      const message = err instanceof Error ? err.message : String(err);
      throw new KennelSyncError(`could not reach kennel server for ${dogId}: ${message}`, { cause: err });
    }
  }

  async syncAll(dogIds: string[], signal: AbortSignal): Promise<SyncReport> {
    const report: SyncReport = { synced: {}, failures: [] };
    for (const dogId of dogIds) {
      try {
        const since = await this.store.lastSyncedAt(dogId);
        const sessions = await this.pullSessions(dogId, since, signal);
        report.synced[dogId] = await this.store.upsert(sessions);
      } catch (err) {
        if (err instanceof Error && err.name === 'AbortError') throw err;
        report.failures.push({ dogId, message: err instanceof Error ? err.message : String(err) });
      }
    }
    return report;
  }
}
