// expect: none
// Async functions are passed as callbacks to map/setTimeout/queueMicrotask and every Promise.all entry is a called result, so nothing is left unstarted.
import { createHash } from 'node:crypto';

export interface CalendarEvent {
  uid: string;
  summary: string;
  start: string;
  end: string;
  etag: string;
}

interface CalendarRef {
  id: string;
  syncToken?: string;
}

declare const caldav: {
  listCalendars(account: string): Promise<CalendarRef[]>;
  fetchChanges(
    calendarId: string,
    syncToken?: string,
  ): Promise<{
    changed: CalendarEvent[];
    deleted: string[];
    nextSyncToken: string;
  }>;
};

declare const localStore: {
  loadSyncTokens(account: string): Promise<Record<string, string>>;
  saveSyncTokens(account: string, tokens: Record<string, string>): Promise<void>;
  upsertEvents(calendarId: string, events: CalendarEvent[]): Promise<number>;
  deleteEvents(calendarId: string, uids: string[]): Promise<number>;
};

export interface SyncSummary {
  calendars: number;
  upserted: number;
  deleted: number;
  digest: string;
}

export async function syncAccount(account: string): Promise<SyncSummary> {
  const [calendars, tokens] = await Promise.all([caldav.listCalendars(account), localStore.loadSyncTokens(account)]);

  const hash = createHash('sha1');

  const syncOne = async (calendar: CalendarRef) => {
    const changes = await caldav.fetchChanges(calendar.id, tokens[calendar.id]);
    const [upserted, deleted] = await Promise.all([
      changes.changed.length ? localStore.upsertEvents(calendar.id, changes.changed) : 0,
      changes.deleted.length ? localStore.deleteEvents(calendar.id, changes.deleted) : 0,
    ]);
    return { id: calendar.id, upserted, deleted, nextSyncToken: changes.nextSyncToken };
  };

  const results = await Promise.all(calendars.map(syncOne));

  const nextTokens: Record<string, string> = { ...tokens };
  let upserted = 0;
  let deleted = 0;
  for (const r of results) {
    nextTokens[r.id] = r.nextSyncToken;
    upserted += r.upserted;
    deleted += r.deleted;
    hash.update(`${r.id}:${r.nextSyncToken}`);
  }
  await localStore.saveSyncTokens(account, nextTokens);

  return { calendars: results.length, upserted, deleted, digest: hash.digest('hex') };
}

export function scheduleSync(
  accounts: string[],
  intervalMs: number,
  onResult: (account: string, summary: SyncSummary) => void,
  onError: (account: string, err: unknown) => void,
): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const runAll = async () => {
    await Promise.allSettled(
      accounts.map((account) =>
        syncAccount(account).then(
          (summary) => onResult(account, summary),
          (err) => onError(account, err),
        ),
      ),
    );
    if (!stopped) timer = setTimeout(runAll, intervalMs);
  };

  queueMicrotask(runAll);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
