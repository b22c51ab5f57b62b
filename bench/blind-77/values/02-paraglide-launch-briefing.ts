// expect: none
// Correct: windows and lastBriefingAt are written in callbacks but read only after awaiting the emitter's 'end' via events.once or in later handlers.
import { EventEmitter, once } from 'node:events';

export interface WindSample {
  at: number;
  speedKmh: number;
  gustKmh: number;
  directionDeg: number;
}

export interface LaunchWindow {
  from: number;
  to: number;
  meanKmh: number;
}

export interface Briefing {
  siteId: string;
  windows: LaunchWindow[];
  peakGustKmh: number;
  samples: number;
}

declare function openForecastStream(siteId: string, hours: number): EventEmitter;

function flyable(s: WindSample, headingDeg: number): boolean {
  const cross = Math.abs(((s.directionDeg - headingDeg + 540) % 360) - 180);
  return s.speedKmh >= 8 && s.speedKmh <= 25 && s.gustKmh - s.speedKmh <= 10 && cross <= 30;
}

export async function buildBriefing(siteId: string, headingDeg: number, hours = 12): Promise<Briefing> {
  const stream = openForecastStream(siteId, hours);
  const windows: LaunchWindow[] = [];
  let open: { from: number; sum: number; n: number } | null = null;
  let peakGustKmh = 0;
  let samples = 0;

  stream.on('sample', (s: WindSample) => {
    samples++;
    peakGustKmh = Math.max(peakGustKmh, s.gustKmh);
    if (flyable(s, headingDeg)) {
      open ??= { from: s.at, sum: 0, n: 0 };
      open.sum += s.speedKmh;
      open.n++;
    } else if (open) {
      windows.push({ from: open.from, to: s.at, meanKmh: open.sum / open.n });
      open = null;
    }
  });

  const [endAt] = (await once(stream, 'end')) as [number];
  const trailing = open as { from: number; sum: number; n: number } | null;
  if (trailing) windows.push({ from: trailing.from, to: endAt, meanKmh: trailing.sum / trailing.n });

  return {
    siteId,
    windows: windows.filter((w) => w.to - w.from >= 45 * 60_000),
    peakGustKmh,
    samples,
  };
}

export class BriefingBoard {
  private lastBriefingAt = 0;
  private current?: Briefing;

  constructor(private readonly updates: EventEmitter) {
    updates.on('briefing', (b: Briefing) => {
      this.current = b;
      this.lastBriefingAt = Date.now();
    });
  }

  isStale(now = Date.now()): boolean {
    return !this.current || now - this.lastBriefingAt > 2 * 3600_000;
  }

  headline(): string {
    if (!this.current) return 'No briefing yet — check with the site director.';
    const first = this.current.windows[0];
    if (!first) return `${this.current.siteId}: not flyable today (gusts to ${this.current.peakGustKmh} km/h).`;
    return `${this.current.siteId}: first window ${new Date(first.from).toISOString().slice(11, 16)} UTC, ~${first.meanKmh.toFixed(0)} km/h.`;
  }
}
