// expect: none
// The retry helper calls its factory on every attempt, so each hold request is a new call; the async generator yields awaited seat maps, not method references.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Screening {
  id: string;
  film: string;
  venue: string;
  startsAt: string;
}

export interface SeatMap {
  screeningId: string;
  free: string[];
  held: string[];
}

export interface Hold {
  holdId: string;
  screeningId: string;
  seats: string[];
  expiresAt: string;
}

class HoldConflictError extends Error {}

async function withRetry<T>(attempt: () => Promise<T>, tries = 3, baseDelayMs = 250): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (err) {
      if (!(err instanceof HoldConflictError) || i >= tries) throw err;
      await sleep(baseDelayMs * i);
    }
  }
}

export class TicketingClient {
  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string,
  ) {}

  private async request<T>(path: string, init: RequestInit = {}): Promise<T> {
    const res = await fetch(new URL(path, this.baseUrl), {
      ...init,
      headers: { authorization: `Bearer ${this.apiKey}`, 'content-type': 'application/json', ...init.headers },
    });
    if (res.status === 409) throw new HoldConflictError(await res.text());
    if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path} failed: ${res.status}`);
    return (await res.json()) as T;
  }

  programme(day: string): Promise<Screening[]> {
    return this.request(`/programme/${day}`);
  }

  seatMap(screeningId: string): Promise<SeatMap> {
    return this.request(`/screenings/${screeningId}/seats`);
  }

  hold(screeningId: string, seats: string[]): Promise<Hold> {
    return withRetry(() =>
      this.request<Hold>(`/screenings/${screeningId}/holds`, {
        method: 'POST',
        body: JSON.stringify({ seats }),
      }),
    );
  }

  async *availability(day: string, minFree = 1): AsyncGenerator<SeatMap & { screening: Screening }> {
    for (const screening of await this.programme(day)) {
      const map = await this.seatMap(screening.id);
      if (map.free.length >= minFree) yield { ...map, screening };
    }
  }
}

/** Finds the first screening of the day that can seat the whole party together. */
export async function holdForParty(client: TicketingClient, day: string, partySize: number): Promise<Hold | null> {
  for await (const map of client.availability(day, partySize)) {
    const rows = new Map<string, string[]>();
    for (const seat of map.free) {
      const row = seat.replace(/\d+$/, '');
      rows.set(row, [...(rows.get(row) ?? []), seat]);
    }
    const together = [...rows.values()].find((seats) => seats.length >= partySize);
    if (together) return client.hold(map.screeningId, together.slice(0, partySize));
  }
  return null;
}
