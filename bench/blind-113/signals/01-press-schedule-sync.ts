// expect: none
// The caller's signal reaches every fetch and every backoff sleep, and an abort is rethrown immediately instead of being retried.
import { setTimeout as sleep } from 'node:timers/promises';

export interface PressBooking {
  id: string;
  memberId: string;
  press: 'rack-and-cloth' | 'hydraulic';
  startsAt: string;
  bushels: number;
}

interface BookingPage {
  bookings: PressBooking[];
  next: string | null;
}

export interface SyncOptions {
  signal?: AbortSignal;
  maxRetries?: number;
}

function backoffMs(attempt: number): number {
  return Math.min(8_000, 250 * 2 ** attempt) + Math.floor(Math.random() * 100);
}

async function getPage(url: string, maxRetries: number, signal?: AbortSignal): Promise<BookingPage> {
  for (let attempt = 0; ; attempt++) {
    let res: Response;
    try {
      res = await fetch(url, { signal, headers: { accept: 'application/json' } });
    } catch (err) {
      if (signal?.aborted || attempt >= maxRetries) throw err;
      await sleep(backoffMs(attempt), undefined, { signal });
      continue;
    }
    if (res.status >= 500 && attempt < maxRetries) {
      await res.body?.cancel();
      await sleep(backoffMs(attempt), undefined, { signal });
      continue;
    }
    if (!res.ok) throw new Error(`press schedule ${url} answered HTTP ${res.status}`);
    return (await res.json()) as BookingPage;
  }
}

export async function fetchSeasonBookings(baseUrl: string, options: SyncOptions = {}): Promise<PressBooking[]> {
  const { signal, maxRetries = 4 } = options;
  const all: PressBooking[] = [];
  let url: string | null = `${baseUrl}/bookings?season=${new Date().getFullYear()}`;
  while (url) {
    const page: BookingPage = await getPage(url, maxRetries, signal);
    all.push(...page.bookings);
    url = page.next;
  }
  return all;
}

export function bushelsByDay(bookings: PressBooking[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const b of bookings) {
    const day = b.startsAt.slice(0, 10);
    totals.set(day, (totals.get(day) ?? 0) + b.bushels);
  }
  return totals;
}
