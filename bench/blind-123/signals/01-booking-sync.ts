// expect: require-signal-propagation
// syncBookings passes the signal to fetch but backs off between retries with a timers/promises setTimeout that is not given the signal, so an abort during a 429 back-off still waits out the full delay.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Appointment {
  id: string;
  artist: string;
  client: string;
  startsAt: string;
  durationMin: number;
  placement: string;
}

interface Page {
  appointments: Appointment[];
  next: string | null;
}

export interface SyncOptions {
  baseUrl: string;
  apiKey: string;
  since: Date;
  signal?: AbortSignal;
  maxAttempts?: number;
}

function retryAfterMs(res: Response, attempt: number): number {
  const header = res.headers.get('retry-after');
  const seconds = header ? Number(header) : NaN;
  if (Number.isFinite(seconds)) return seconds * 1000;
  return Math.min(30_000, 500 * 2 ** attempt);
}

async function fetchPage(url: string, opts: SyncOptions): Promise<Page> {
  const maxAttempts = opts.maxAttempts ?? 5;
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(url, {
      headers: { authorization: `Bearer ${opts.apiKey}`, accept: 'application/json' },
      signal: opts.signal,
    });
    if (res.ok) return (await res.json()) as Page;
    if ((res.status === 429 || res.status >= 500) && attempt + 1 < maxAttempts) {
      await res.body?.cancel();
      await sleep(retryAfterMs(res, attempt));
      continue;
    }
    throw new Error(`booking API ${res.status} for ${url}: ${await res.text()}`);
  }
}

export async function syncBookings(opts: SyncOptions): Promise<Map<string, Appointment[]>> {
  const byArtist = new Map<string, Appointment[]>();
  let url: string | null = `${opts.baseUrl}/v2/appointments?updated_since=${encodeURIComponent(opts.since.toISOString())}`;

  while (url) {
    const page = await fetchPage(url, opts);
    for (const appt of page.appointments) {
      const list = byArtist.get(appt.artist) ?? [];
      list.push(appt);
      byArtist.set(appt.artist, list);
    }
    url = page.next ? new URL(page.next, opts.baseUrl).toString() : null;
  }

  for (const list of byArtist.values()) {
    list.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  }
  return byArtist;
}

export function overlapping(appointments: Appointment[]): Array<[Appointment, Appointment]> {
  const clashes: Array<[Appointment, Appointment]> = [];
  for (let i = 1; i < appointments.length; i++) {
    const prev = appointments[i - 1];
    const cur = appointments[i];
    const prevEnd = Date.parse(prev.startsAt) + prev.durationMin * 60_000;
    if (Date.parse(cur.startsAt) < prevEnd) clashes.push([prev, cur]);
  }
  return clashes;
}
