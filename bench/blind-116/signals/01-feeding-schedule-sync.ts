// expect: require-signal-propagation
// The first page request gets options.signal but the follow-up requests for the next pages call fetch without it, so aborting the sync leaves the pagination running.
export interface FeedingSlot {
  starterId: string;
  dueAt: string;
  flour: string;
  grams: number;
  baker: string;
}

interface SchedulePage {
  items: FeedingSlot[];
  next?: string;
}

export interface SyncOptions {
  baseUrl: string;
  bakeryId: string;
  token: string;
  signal?: AbortSignal;
  maxPages?: number;
}

async function readPage(res: Response, url: string): Promise<SchedulePage> {
  if (!res.ok) throw new Error(`schedule API ${res.status} for ${url}`);
  const body = (await res.json()) as SchedulePage;
  if (!Array.isArray(body.items)) throw new Error(`malformed schedule page from ${url}`);
  return body;
}

export async function syncFeedingSchedule(options: SyncOptions): Promise<FeedingSlot[]> {
  const { baseUrl, bakeryId, token, signal, maxPages = 20 } = options;
  const headers = { authorization: `Bearer ${token}`, accept: 'application/json' };

  const firstUrl = `${baseUrl}/bakeries/${encodeURIComponent(bakeryId)}/feedings?window=48h`;
  let page = await readPage(await fetch(firstUrl, { headers, signal }), firstUrl);
  const slots = [...page.items];

  let pages = 1;
  while (page.next && pages < maxPages) {
    const nextUrl = new URL(page.next, baseUrl).toString();
    const res = await fetch(nextUrl, { headers });
    page = await readPage(res, nextUrl);
    slots.push(...page.items);
    pages++;
  }

  return slots.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
}

export function groupByBaker(slots: FeedingSlot[]): Map<string, FeedingSlot[]> {
  const byBaker = new Map<string, FeedingSlot[]>();
  for (const slot of slots) {
    const list = byBaker.get(slot.baker) ?? [];
    list.push(slot);
    byBaker.set(slot.baker, list);
  }
  return byBaker;
}

export function overdue(slots: FeedingSlot[], now = new Date()): FeedingSlot[] {
  return slots.filter((s) => new Date(s.dueAt) < now);
}
