// expect: none
// The handler hands req.signal to the parts fetch, the database call and the back-off sleep, so a closed request cancels everything it started.
import { setTimeout as sleep } from 'node:timers/promises';

interface Ticket {
  id: string;
  model: string;
  fault: string;
  status: 'open' | 'waiting-parts' | 'done';
}

declare const db: {
  query<T>(sql: string, params: unknown[], opts?: { signal?: AbortSignal }): Promise<T[]>;
};

const PARTS_API = process.env.PARTS_API ?? 'https://parts.jukebox-guild.example';

async function partsAvailability(model: string, signal: AbortSignal): Promise<Record<string, number>> {
  for (let attempt = 1; ; attempt++) {
    const res = await fetch(`${PARTS_API}/availability?model=${encodeURIComponent(model)}`, { signal });
    if (res.status !== 429 || attempt === 3) {
      if (!res.ok) throw new Error(`parts API ${res.status}`);
      return (await res.json()) as Record<string, number>;
    }
    const retryAfter = Number(res.headers.get('retry-after') ?? '1');
    await sleep(retryAfter * 1_000, undefined, { signal });
  }
}

export async function GET(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const workshop = url.searchParams.get('workshop');
  if (!workshop) {
    return Response.json({ error: 'workshop is required' }, { status: 400 });
  }

  const tickets = await db.query<Ticket>(
    'select id, model, fault, status from repair_tickets where workshop = $1 and status <> $2',
    [workshop, 'done'],
    { signal: req.signal },
  );

  const models = [...new Set(tickets.map((t) => t.model))];
  const availability = new Map<string, Record<string, number>>();
  for (const model of models) {
    availability.set(model, await partsAvailability(model, req.signal));
  }

  const body = tickets.map((t) => {
    const stock = availability.get(t.model) ?? {};
    const inStock = Object.values(stock).some((n) => n > 0);
    return { ...t, partsInStock: inStock };
  });

  return Response.json({ workshop, tickets: body });
}
