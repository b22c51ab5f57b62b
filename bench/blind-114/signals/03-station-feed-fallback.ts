// expect: none
// Aborts are rethrown unchanged and only network or HTTP failures fall back to the cached station list, so cancellation still reaches the caller as an AbortError.
export interface StationInfo {
  code: string;
  network: string;
  latitude: number;
  longitude: number;
  elevationM: number;
  online: boolean;
}

export interface StationListResult {
  source: 'live' | 'cache';
  stations: StationInfo[];
  fetchedAt: number;
}

function isAbort(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError');
}

export class StationDirectory {
  private cache: StationListResult | null = null;

  constructor(
    private readonly baseUrl: string,
    private readonly network: string,
  ) {}

  async list(signal: AbortSignal): Promise<StationListResult> {
    try {
      const res = await fetch(`${this.baseUrl}/fdsnws/station/1/query?net=${this.network}&format=geocsv`, {
        signal,
      });
      if (!res.ok) throw new Error(`station service returned ${res.status}`);
      const stations = this.parse(await res.text());
      this.cache = { source: 'live', stations, fetchedAt: Date.now() };
      return this.cache;
    } catch (err) {
      if (isAbort(err)) throw err;
      if (!this.cache) throw err;
      return { ...this.cache, source: 'cache' };
    }
  }

  async onlineNear(lat: number, lon: number, radiusKm: number, signal: AbortSignal): Promise<StationInfo[]> {
    const { stations } = await this.list(signal);
    return stations.filter((s) => s.online && haversineKm(lat, lon, s.latitude, s.longitude) <= radiusKm);
  }

  private parse(csv: string): StationInfo[] {
    return csv
      .split('\n')
      .filter((line) => line && !line.startsWith('#') && !line.startsWith('Network'))
      .map((line) => line.split('|'))
      .map(([network, code, lat, lon, elev, , , endTime]) => ({
        network,
        code,
        latitude: Number(lat),
        longitude: Number(lon),
        elevationM: Number(elev),
        online: !endTime || new Date(endTime).getTime() > Date.now(),
      }));
  }
}

function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 6371 * 2 * Math.asin(Math.sqrt(a));
}
