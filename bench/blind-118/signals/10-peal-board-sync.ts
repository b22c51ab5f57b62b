// expect: no-swallowed-abort
// The catch wraps every failure, including an AbortError from the caller's signal, in a plain Error, so callers can no longer tell a cancelled sync from a broken one.
export interface PealRecord {
  id: string;
  date: string;
  method: string;
  changes: number;
  conductor: string;
  footnote?: string;
}

export interface PealDb {
  listPeals(towerId: string, options: { since?: string; signal?: AbortSignal }): Promise<PealRecord[]>;
  markPublished(ids: string[], options: { signal?: AbortSignal }): Promise<void>;
}

export interface SyncResult {
  towerId: string;
  published: number;
  skipped: number;
}

function isFullPeal(record: PealRecord): boolean {
  return record.changes >= 5000;
}

function toBoardEntry(towerId: string, record: PealRecord) {
  return {
    tower: towerId,
    date: record.date,
    title: `${record.changes} ${record.method}`,
    conductor: record.conductor,
    footnote: record.footnote ?? '',
  };
}

export async function syncPealBoard(
  db: PealDb,
  boardUrl: string,
  towerId: string,
  options: { since?: string; signal: AbortSignal },
): Promise<SyncResult> {
  const { signal, since } = options;
  try {
    const records = await db.listPeals(towerId, { since, signal });
    const peals = records.filter(isFullPeal);

    if (peals.length > 0) {
      const res = await fetch(`${boardUrl}/towers/${encodeURIComponent(towerId)}/peals`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(peals.map((p) => toBoardEntry(towerId, p))),
        signal,
      });
      if (!res.ok) {
        throw new Error(`peal board answered HTTP ${res.status}`);
      }
      await db.markPublished(
        peals.map((p) => p.id),
        { signal },
      );
    }

    return { towerId, published: peals.length, skipped: records.length - peals.length };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new Error(`peal board sync failed for ${towerId}: ${reason}`);
  }
}
