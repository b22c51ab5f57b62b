// expect: none
// The signal is never spelled out at the fetch calls, but requestInit() copies it into every RequestInit, and the pause gets it directly.
import { setTimeout as sleep } from 'node:timers/promises';

export interface CalendarSlot {
  classId: string;
  room: 'sun' | 'moon' | 'garden';
  startsAt: string;
  durationMin: number;
  instructor: string;
}

export interface SyncOptions {
  apiBase: string;
  token: string;
  signal: AbortSignal;
  pageSize?: number;
  pauseBetweenPagesMs?: number;
}

interface SlotPage {
  slots: CalendarSlot[];
  nextCursor: string | null;
}

declare const localCalendar: {
  upsertMany(slots: CalendarSlot[]): Promise<number>;
};

function requestInit(options: SyncOptions, extra: RequestInit = {}): RequestInit {
  return {
    ...extra,
    headers: {
      authorization: `Bearer ${options.token}`,
      accept: 'application/json',
      ...(extra.headers as Record<string, string> | undefined),
    },
    signal: options.signal,
  };
}

async function fetchPage(options: SyncOptions, cursor: string | null): Promise<SlotPage> {
  const url = new URL('/studio/v1/slots', options.apiBase);
  url.searchParams.set('limit', String(options.pageSize ?? 100));
  if (cursor) url.searchParams.set('cursor', cursor);
  const res = await fetch(url, requestInit(options));
  if (!res.ok) throw new Error(`slot page failed: ${res.status}`);
  return (await res.json()) as SlotPage;
}

export async function syncStudioCalendar(options: SyncOptions): Promise<{ pages: number; upserted: number }> {
  let cursor: string | null = null;
  let pages = 0;
  let upserted = 0;
  do {
    const page: SlotPage = await fetchPage(options, cursor);
    pages += 1;
    const valid = page.slots.filter((s) => s.durationMin > 0 && !Number.isNaN(Date.parse(s.startsAt)));
    upserted += await localCalendar.upsertMany(valid);
    cursor = page.nextCursor;
    if (cursor && options.pauseBetweenPagesMs) {
      await sleep(options.pauseBetweenPagesMs, undefined, { signal: options.signal });
    }
  } while (cursor);
  return { pages, upserted };
}

export async function cancelClass(options: SyncOptions, classId: string, reason: string): Promise<void> {
  const res = await fetch(
    new URL(`/studio/v1/slots/${encodeURIComponent(classId)}/cancel`, options.apiBase),
    requestInit(options, {
      method: 'POST',
      body: JSON.stringify({ reason }),
      headers: { 'content-type': 'application/json' },
    }),
  );
  if (!res.ok) throw new Error(`cancel failed for ${classId}: ${res.status}`);
}
