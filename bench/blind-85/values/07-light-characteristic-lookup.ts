// expect: no-promise-as-value
// lightCache.get() now returns a promise, so `lightCache.get(id) ?? fetchFromRegister(id)` never falls back: a Promise is never nullish, and a cache miss resolves to null instead of reaching the register.
export interface LightCharacteristic {
  stationId: string;
  name: string;
  pattern: string; // e.g. "Fl(2) W 15s"
  rangeNm: number;
  elevationM: number;
  fogSignal?: string;
}

declare const lightCache: {
  get(stationId: string): Promise<LightCharacteristic | null>;
  set(stationId: string, value: LightCharacteristic, ttlSec: number): Promise<void>;
};

const REGISTER_URL = 'https://lights-register.example.org/api/stations';

async function fetchFromRegister(stationId: string): Promise<LightCharacteristic | null> {
  const res = await fetch(`${REGISTER_URL}/${encodeURIComponent(stationId)}`);
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`lights register: ${res.status}`);
  const body = (await res.json()) as LightCharacteristic;
  await lightCache.set(stationId, body, 24 * 3600);
  return body;
}

export function characteristic(stationId: string): Promise<LightCharacteristic | null> {
  return lightCache.get(stationId) ?? fetchFromRegister(stationId);
}

export function periodSeconds(pattern: string): number | undefined {
  const m = /(\d+(?:\.\d+)?)s\b/.exec(pattern);
  return m ? Number(m[1]) : undefined;
}

export function flashesPerPeriod(pattern: string): number {
  const group = /\((\d+)\)/.exec(pattern);
  if (group) return Number(group[1]);
  return /^(Fl|LFl|Q|VQ)\b/.test(pattern) ? 1 : 0;
}

export async function describeForMariners(stationIds: string[]): Promise<string[]> {
  const lines: string[] = [];
  for (const id of stationIds) {
    const c = await characteristic(id);
    if (!c) {
      lines.push(`${id}: not listed`);
      continue;
    }
    const period = periodSeconds(c.pattern);
    const flashes = flashesPerPeriod(c.pattern);
    lines.push(
      `${c.name} — ${c.pattern}, ${c.rangeNm} M, ${c.elevationM} m` +
        (period ? ` (${flashes} flash${flashes === 1 ? '' : 'es'} every ${period}s)` : '') +
        (c.fogSignal ? `; fog: ${c.fogSignal}` : ''),
    );
  }
  return lines;
}

export async function handleLightsRoute(req: Request): Promise<Response> {
  const ids = new URL(req.url).searchParams.get('stations')?.split(',').filter(Boolean) ?? [];
  if (ids.length === 0) return new Response('stations=... required', { status: 400 });
  const lines = await describeForMariners(ids);
  return new Response(lines.join('\n'), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
