// expect: no-swallowed-abort
// fetchLampStatuses turns an AbortError into an empty list, so an aborted refresh looks like "no stations reporting" and overwrites the cache.
export interface LampStatus {
  stationId: string;
  lampOn: boolean;
  rotationRpm: number;
  fogSignal: 'off' | 'standby' | 'sounding';
  lastHeartbeat: string;
}

declare const coastguardApi: {
  baseUrl: string;
  apiKey: string;
};

declare const dashboardLog: {
  warn(msg: string, meta?: Record<string, unknown>): void;
};

const HEARTBEAT_STALE_MS = 15 * 60_000;

export async function fetchLampStatuses(region: string, signal: AbortSignal): Promise<LampStatus[]> {
  try {
    const res = await fetch(`${coastguardApi.baseUrl}/aids-to-navigation/${encodeURIComponent(region)}/lamps`, {
      headers: { 'x-api-key': coastguardApi.apiKey },
      signal,
    });
    if (!res.ok) throw new Error(`lamp status request failed with ${res.status}`);
    const body = (await res.json()) as { lamps: LampStatus[] };
    return body.lamps;
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') {
      return [];
    }
    throw err;
  }
}

export class KeeperDashboard {
  private statuses = new Map<string, LampStatus>();
  private refreshController: AbortController | undefined;

  constructor(private readonly region: string) {}

  async refresh(): Promise<{ dark: string[]; stale: string[] }> {
    this.refreshController?.abort();
    const controller = new AbortController();
    this.refreshController = controller;

    const lamps = await fetchLampStatuses(this.region, controller.signal);
    this.statuses = new Map(lamps.map((l) => [l.stationId, l]));
    if (this.refreshController === controller) this.refreshController = undefined;

    const now = Date.now();
    const dark = lamps.filter((l) => !l.lampOn || l.rotationRpm === 0).map((l) => l.stationId);
    const stale = lamps
      .filter((l) => now - Date.parse(l.lastHeartbeat) > HEARTBEAT_STALE_MS)
      .map((l) => l.stationId);
    if (dark.length > 0) dashboardLog.warn('lamps dark', { region: this.region, dark });
    return { dark, stale };
  }

  stationsSounding(): string[] {
    return [...this.statuses.values()].filter((s) => s.fogSignal === 'sounding').map((s) => s.stationId);
  }

  dispose(): void {
    this.refreshController?.abort();
    this.refreshController = undefined;
  }
}
