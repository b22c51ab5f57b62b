// expect: no-swallowed-abort
// The catch in loadReports() turns every failure, including the AbortError from the caller's signal, into the cached/offline fallback, so a cancelled refresh still returns data and the UI paints the tower as "offline" instead of stopping.
export interface SmokeReport {
  towerId: string;
  bearingDeg: number;
  distanceKm: number;
  colour: 'white' | 'grey' | 'black';
  reportedAt: string;
}

export interface ReportBatch {
  towerId: string;
  reports: SmokeReport[];
  source: 'live' | 'cache' | 'offline';
}

export class SmokeReportService {
  private readonly cache = new Map<string, { at: number; reports: SmokeReport[] }>();

  constructor(
    private readonly baseUrl: string,
    private readonly maxCacheAgeMs = 10 * 60_000,
  ) {}

  private fromCache(towerId: string): ReportBatch {
    const hit = this.cache.get(towerId);
    if (hit && Date.now() - hit.at < this.maxCacheAgeMs) {
      return { towerId, reports: hit.reports, source: 'cache' };
    }
    return { towerId, reports: [], source: 'offline' };
  }

  async loadReports(towerId: string, signal: AbortSignal): Promise<ReportBatch> {
    try {
      const res = await fetch(`${this.baseUrl}/towers/${towerId}/smoke?since=6h`, {
        signal,
        headers: { accept: 'application/json' },
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const reports = (await res.json()) as SmokeReport[];
      this.cache.set(towerId, { at: Date.now(), reports });
      return { towerId, reports, source: 'live' };
    } catch (err) {
      console.warn(`[smoke] live reports for ${towerId} unavailable, using fallback`, err);
      return this.fromCache(towerId);
    }
  }
}

export function plotBearings(batch: ReportBatch, canvas: HTMLCanvasElement): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const cx = canvas.width / 2;
  const cy = canvas.height / 2;
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  canvas.dataset.source = batch.source;
  for (const r of batch.reports) {
    const rad = ((r.bearingDeg - 90) * Math.PI) / 180;
    const len = Math.min(cx, cy) * Math.min(1, r.distanceKm / 40);
    ctx.strokeStyle = r.colour === 'black' ? '#111' : r.colour === 'grey' ? '#888' : '#ccc';
    ctx.beginPath();
    ctx.moveTo(cx, cy);
    ctx.lineTo(cx + Math.cos(rad) * len, cy + Math.sin(rad) * len);
    ctx.stroke();
  }
}
