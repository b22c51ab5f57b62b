// expect: no-multiple-settle
// In the readFile callback reject(err) is not followed by return, so resolve(parse(text)) still runs (and throws on undefined text).
import { readFile } from 'node:fs';
import path from 'node:path';

export interface RoutePermit {
  routeId: string;
  maxLlamas: number;
  validFrom: string;
  validTo: string;
  rangerContact: string;
}

const PERMIT_DIR = process.env.PERMIT_DIR ?? '/var/lib/llama-treks/permits';

function parsePermits(text: string): RoutePermit[] {
  const data = JSON.parse(text) as { permits?: RoutePermit[] };
  if (!Array.isArray(data.permits)) {
    throw new Error('permit file has no permits array');
  }
  return data.permits;
}

export function loadPermits(season: string): Promise<RoutePermit[]> {
  const file = path.join(PERMIT_DIR, `${season}.json`);
  return new Promise((resolve, reject) => {
    readFile(file, 'utf8', (err, text) => {
      if (err) {
        reject(new Error(`could not read permits for ${season}: ${err.message}`));
      }
      resolve(parsePermits(text));
    });
  });
}

export function permitFor(permits: RoutePermit[], routeId: string, date: Date): RoutePermit | undefined {
  const day = date.toISOString().slice(0, 10);
  return permits.find((p) => p.routeId === routeId && p.validFrom <= day && day <= p.validTo);
}

export async function checkTrekBooking(
  season: string,
  booking: { routeId: string; llamas: number; date: Date },
): Promise<{ ok: true } | { ok: false; reason: string }> {
  const permits = await loadPermits(season);
  const permit = permitFor(permits, booking.routeId, booking.date);
  if (!permit) {
    return { ok: false, reason: `no valid permit for route ${booking.routeId}` };
  }
  if (booking.llamas > permit.maxLlamas) {
    return { ok: false, reason: `route allows at most ${permit.maxLlamas} llamas` };
  }
  return { ok: true };
}
