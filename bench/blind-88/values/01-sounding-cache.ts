// expect: none
// The Map deliberately stores promises (Promise<Sounding> is its declared value type), the `if (inflight)` tests a Promise | undefined for presence, and every value placed in JSON or a log line is awaited first.
export interface Sounding {
  station: string;
  launchedAt: string;
  capeJkg: number;
  cinJkg: number;
  shear0to6kmKt: number;
  lclM: number;
}

interface Logger {
  info(msg: string): void;
}

const SOUNDING_API = 'https://upperair.example.net/api/soundings';

async function downloadSounding(station: string): Promise<Sounding> {
  const res = await fetch(`${SOUNDING_API}/${station}/latest`);
  if (!res.ok) throw new Error(`sounding ${station}: HTTP ${res.status}`);
  return (await res.json()) as Sounding;
}

export class SoundingCache {
  private readonly inflight = new Map<string, Promise<Sounding>>();
  private readonly cached = new Map<string, { value: Sounding; at: number }>();

  constructor(private readonly log: Logger, private readonly ttlMs = 3 * 60 * 60_000) {}

  get(station: string): Promise<Sounding> {
    const hit = this.cached.get(station);
    if (hit && Date.now() - hit.at < this.ttlMs) return Promise.resolve(hit.value);

    const inflight = this.inflight.get(station);
    if (inflight) return inflight;

    const request = downloadSounding(station)
      .then((value) => {
        this.cached.set(station, { value, at: Date.now() });
        return value;
      })
      .finally(() => this.inflight.delete(station));
    this.inflight.set(station, request);
    return request;
  }

  async warm(stations: string[]): Promise<void> {
    const soundings = await Promise.all(stations.map((s) => this.get(s)));
    for (const s of soundings) {
      this.log.info(`warmed ${s.station} (${s.launchedAt}) CAPE ${s.capeJkg} J/kg`);
    }
  }
}

export function tornadoParameter(s: Sounding): number {
  const cape = Math.min(s.capeJkg / 1_500, 3);
  const shear = Math.min(s.shear0to6kmKt / 40, 1.5);
  const lcl = s.lclM < 1_000 ? 1 : s.lclM > 2_000 ? 0 : (2_000 - s.lclM) / 1_000;
  const cin = s.cinJkg > -50 ? 1 : s.cinJkg < -200 ? 0 : (200 + s.cinJkg) / 150;
  return Math.round(cape * shear * lcl * cin * 100) / 100;
}

export async function targetBriefing(cache: SoundingCache, stations: string[]): Promise<string> {
  const scored = await Promise.all(
    stations.map(async (station) => {
      const sounding = await cache.get(station);
      return { station, stp: tornadoParameter(sounding), sounding };
    }),
  );
  scored.sort((a, b) => b.stp - a.stp);
  return JSON.stringify({ issuedAt: new Date().toISOString(), targets: scored.slice(0, 3) }, null, 2);
}
