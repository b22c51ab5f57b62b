// expect: none
// The signal reaches fetch through a RequestInit built by buildRequestInit, reaches the event loop through events.on's options, and aborts propagate out untouched.
import { EventEmitter, on } from 'node:events';

export interface SmokeAlert {
  towerId: string;
  bearingDeg: number;
  confidence: number;
  observedAt: string;
}

export interface CrossFix {
  lat: number;
  lng: number;
  towers: [string, string];
}

interface TowerPosition {
  id: string;
  lat: number;
  lng: number;
}

declare const DISPATCH_API: string;

function buildRequestInit(token: string, signal: AbortSignal, body?: unknown): RequestInit {
  return {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
  };
}

async function loadTowerPositions(token: string, signal: AbortSignal): Promise<Map<string, TowerPosition>> {
  const res = await fetch(`${DISPATCH_API}/towers`, buildRequestInit(token, signal));
  if (!res.ok) throw new Error(`tower list: HTTP ${res.status}`);
  const towers = (await res.json()) as TowerPosition[];
  return new Map(towers.map((t) => [t.id, t]));
}

function intersect(a: TowerPosition, aBearing: number, b: TowerPosition, bBearing: number): { lat: number; lng: number } | null {
  const toRad = (d: number) => (d * Math.PI) / 180;
  const [dxA, dyA] = [Math.sin(toRad(aBearing)), Math.cos(toRad(aBearing))];
  const [dxB, dyB] = [Math.sin(toRad(bBearing)), Math.cos(toRad(bBearing))];
  const denom = dxA * dyB - dyA * dxB;
  if (Math.abs(denom) < 1e-6) return null;
  const t = ((b.lng - a.lng) * dyB - (b.lat - a.lat) * dxB) / denom;
  return { lat: a.lat + t * dyA, lng: a.lng + t * dxA };
}

export async function forwardCrossFixes(
  radio: EventEmitter,
  token: string,
  signal: AbortSignal,
): Promise<number> {
  const towers = await loadTowerPositions(token, signal);
  const latest = new Map<string, SmokeAlert>();
  let forwarded = 0;

  for await (const [alert] of on(radio, 'smoke', { signal }) as AsyncIterableIterator<[SmokeAlert]>) {
    if (alert.confidence < 0.5) continue;
    latest.set(alert.towerId, alert);

    for (const other of latest.values()) {
      if (other.towerId === alert.towerId) continue;
      const a = towers.get(alert.towerId);
      const b = towers.get(other.towerId);
      if (!a || !b) continue;
      const point = intersect(a, alert.bearingDeg, b, other.bearingDeg);
      if (!point) continue;
      const fix: CrossFix = { ...point, towers: [alert.towerId, other.towerId] };
      const res = await fetch(`${DISPATCH_API}/fixes`, buildRequestInit(token, signal, fix));
      if (!res.ok) throw new Error(`dispatch rejected cross fix: HTTP ${res.status}`);
      forwarded++;
    }
  }
  return forwarded;
}
