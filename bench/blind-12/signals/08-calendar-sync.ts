// expect: require-signal-propagation
// Only the first page request gets ctx.signal; the nextPageToken requests call getJson without it, so a cancelled sync keeps paging.

export interface CalendarEvent {
  id: string;
  status: 'confirmed' | 'tentative' | 'cancelled';
  summary?: string;
  start?: { dateTime?: string; date?: string };
  end?: { dateTime?: string; date?: string };
  updated: string;
}

interface EventsPage {
  items: CalendarEvent[];
  nextPageToken?: string;
  nextSyncToken?: string;
}

export interface EventStore {
  upsert(calendarId: string, events: CalendarEvent[]): Promise<void>;
  remove(calendarId: string, ids: string[]): Promise<void>;
  clear(calendarId: string): Promise<void>;
}

export interface SyncContext {
  signal: AbortSignal;
  accessToken: string;
  calendarId: string;
  syncToken?: string;
}

export class SyncTokenExpiredError extends Error {
  override name = 'SyncTokenExpiredError';
}

const API = 'https://www.googleapis.com/calendar/v3';

async function getJson<T>(url: URL, accessToken: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(url, {
    headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
    signal,
  });
  if (res.status === 410) throw new SyncTokenExpiredError('sync token no longer valid');
  if (!res.ok) throw new Error(`calendar API ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

function eventsUrl(calendarId: string, syncToken?: string, pageToken?: string): URL {
  const url = new URL(`${API}/calendars/${encodeURIComponent(calendarId)}/events`);
  url.searchParams.set('maxResults', '250');
  url.searchParams.set('showDeleted', 'true');
  url.searchParams.set('singleEvents', 'true');
  if (syncToken) url.searchParams.set('syncToken', syncToken);
  else url.searchParams.set('timeMin', new Date(Date.now() - 90 * 86_400_000).toISOString());
  if (pageToken) url.searchParams.set('pageToken', pageToken);
  return url;
}

async function applyPage(store: EventStore, calendarId: string, page: EventsPage): Promise<number> {
  const removed = page.items.filter((e) => e.status === 'cancelled').map((e) => e.id);
  const changed = page.items.filter((e) => e.status !== 'cancelled');
  if (removed.length) await store.remove(calendarId, removed);
  if (changed.length) await store.upsert(calendarId, changed);
  return page.items.length;
}

export async function syncCalendar(ctx: SyncContext, store: EventStore): Promise<{ syncToken: string; changes: number }> {
  let page: EventsPage;
  try {
    page = await getJson<EventsPage>(eventsUrl(ctx.calendarId, ctx.syncToken), ctx.accessToken, ctx.signal);
  } catch (err) {
    if (!(err instanceof SyncTokenExpiredError) || !ctx.syncToken) throw err;
    // Google invalidated the token: wipe local copy and fall back to a full sync
    await store.clear(ctx.calendarId);
    return syncCalendar({ ...ctx, syncToken: undefined }, store);
  }

  let changes = await applyPage(store, ctx.calendarId, page);
  while (page.nextPageToken) {
    page = await getJson<EventsPage>(eventsUrl(ctx.calendarId, ctx.syncToken, page.nextPageToken), ctx.accessToken);
    changes += await applyPage(store, ctx.calendarId, page);
  }

  if (!page.nextSyncToken) throw new Error('last page did not include nextSyncToken');
  return { syncToken: page.nextSyncToken, changes };
}
