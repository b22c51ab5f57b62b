// expect: require-signal-propagation
// The unit list request receives options.signal but the per-unit track requests inside the loop are fetched without it, so cancelling the refresh leaves them running.
export interface GpsFix {
  lat: number;
  lon: number;
  altitudeM: number;
  at: string;
}

export interface GroomerTrack {
  unitId: string;
  fixes: GpsFix[];
}

export interface RefreshOptions {
  signal?: AbortSignal;
  sinceMinutes?: number;
}

export interface PositionSnapshot {
  unitId: string;
  last: GpsFix | undefined;
  metresClimbed: number;
}

function climbed(fixes: readonly GpsFix[]): number {
  let total = 0;
  for (let i = 1; i < fixes.length; i++) {
    const delta = fixes[i]!.altitudeM - fixes[i - 1]!.altitudeM;
    if (delta > 0) total += delta;
  }
  return total;
}

export class GroomerPositionFeed {
  constructor(private readonly baseUrl: string, private readonly apiKey: string) {}

  private headers(): HeadersInit {
    return { accept: 'application/json', 'x-api-key': this.apiKey };
  }

  async refresh(resort: string, options: RefreshOptions = {}): Promise<PositionSnapshot[]> {
    const since = options.sinceMinutes ?? 30;
    const listRes = await fetch(`${this.baseUrl}/resorts/${encodeURIComponent(resort)}/units?active=1`, {
      headers: this.headers(),
      signal: options.signal,
    });
    if (!listRes.ok) throw new Error(`unit list for ${resort}: HTTP ${listRes.status}`);
    const unitIds = (await listRes.json()) as string[];

    const snapshots: PositionSnapshot[] = [];
    for (const unitId of unitIds) {
      const trackRes = await fetch(`${this.baseUrl}/units/${encodeURIComponent(unitId)}/track?since=${since}m`, {
        headers: this.headers(),
      });
      if (trackRes.status === 404) {
        snapshots.push({ unitId, last: undefined, metresClimbed: 0 });
        continue;
      }
      if (!trackRes.ok) throw new Error(`track for ${unitId}: HTTP ${trackRes.status}`);
      const track = (await trackRes.json()) as GroomerTrack;
      snapshots.push({
        unitId,
        last: track.fixes.at(-1),
        metresClimbed: climbed(track.fixes),
      });
    }
    return snapshots;
  }
}

export function staleUnits(snapshots: readonly PositionSnapshot[], now: Date, maxAgeMs: number): string[] {
  return snapshots
    .filter((s) => !s.last || now.getTime() - Date.parse(s.last.at) > maxAgeMs)
    .map((s) => s.unitId);
}
