// expect: none
// The handler threads request.signal into both upstream fetches and into the abortable polling sleep, so a guest closing the page cancels the availability check at every wait.
import { setTimeout as sleep } from 'node:timers/promises';

export interface SuiteAvailability {
  suite: string;
  night: string;
  free: boolean;
  iceThicknessCm: number;
}

export interface AvailabilityQuery {
  arrive: string;
  nights: number;
  guests: number;
}

const INVENTORY_URL = process.env.ICE_INVENTORY_URL ?? 'http://inventory.internal:8080';
const STRUCTURAL_URL = process.env.ICE_STRUCTURAL_URL ?? 'http://structural.internal:8080';

async function structurallySound(suite: string, signal: AbortSignal): Promise<boolean> {
  for (let i = 0; i < 5; i++) {
    const res = await fetch(`${STRUCTURAL_URL}/suites/${suite}/survey`, { signal });
    if (res.status === 200) {
      const body = (await res.json()) as { sound: boolean };
      return body.sound;
    }
    await res.body?.cancel();
    if (res.status !== 202) throw new Error(`structural survey for ${suite} failed: ${res.status}`);
    await sleep(400, undefined, { signal });
  }
  return false;
}

function parseQuery(url: URL): AvailabilityQuery {
  const arrive = url.searchParams.get('arrive');
  const nights = Number(url.searchParams.get('nights') ?? '1');
  const guests = Number(url.searchParams.get('guests') ?? '2');
  if (!arrive || !Number.isInteger(nights) || nights < 1 || nights > 3) {
    throw new RangeError('arrive is required and nights must be 1-3 (the hotel melts in April)');
  }
  return { arrive, nights, guests };
}

export async function handleAvailability(request: Request): Promise<Response> {
  let query: AvailabilityQuery;
  try {
    query = parseQuery(new URL(request.url));
  } catch (err) {
    return Response.json({ error: (err as Error).message }, { status: 400 });
  }

  const res = await fetch(
    `${INVENTORY_URL}/availability?arrive=${query.arrive}&nights=${query.nights}&guests=${query.guests}`,
    { signal: request.signal },
  );
  if (!res.ok) {
    await res.body?.cancel();
    return Response.json({ error: 'inventory unavailable' }, { status: 502 });
  }
  const rows = (await res.json()) as SuiteAvailability[];

  const open: SuiteAvailability[] = [];
  for (const row of rows) {
    if (!row.free || row.iceThicknessCm < 60) continue;
    if (await structurallySound(row.suite, request.signal)) open.push(row);
  }
  return Response.json({ arrive: query.arrive, suites: open.map((r) => r.suite) });
}
