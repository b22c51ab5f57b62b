// expect: none
// The locals written by the stream's 'data' handler are only read after awaiting once(stream, 'end'), by which time every chunk has been handled.
import { once } from 'node:events';
import type { Readable } from 'node:stream';

export interface WeatherTick {
  at: string;
  windKnots: number;
  gustKnots: number;
  tideMetres: number;
  rainMm: number;
}

export interface Banner {
  headline: string;
  severity: 'calm' | 'caution' | 'evacuate-low-plots';
  peakGust: number;
  highTide: number;
  ticks: number;
}

declare const feedSource: {
  openStream(beachId: string, hours: number): Readable;
};
declare const bannerBoard: {
  show(beachId: string, banner: Banner): Promise<void>;
};

export function classify(peakGust: number, highTide: number, rainMm: number, lowestPlotMetres: number): Banner['severity'] {
  if (highTide >= lowestPlotMetres - 0.2) return 'evacuate-low-plots';
  if (peakGust > 30 || rainMm > 8) return 'caution';
  return 'calm';
}

function parseTick(line: string): WeatherTick | undefined {
  try {
    const tick = JSON.parse(line) as WeatherTick;
    return Number.isFinite(tick.windKnots) ? tick : undefined;
  } catch {
    return undefined;
  }
}

export async function buildBanner(beachId: string, lowestPlotMetres: number, hours = 6): Promise<Banner> {
  const stream = feedSource.openStream(beachId, hours);
  stream.setEncoding('utf8');

  let peakGust = 0;
  let highTide = Number.NEGATIVE_INFINITY;
  let rainMm = 0;
  let ticks = 0;
  let partial = '';

  const absorb = (line: string) => {
    const tick = parseTick(line);
    if (!tick) return;
    ticks += 1;
    peakGust = Math.max(peakGust, tick.gustKnots);
    highTide = Math.max(highTide, tick.tideMetres);
    rainMm += tick.rainMm;
  };

  stream.on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    lines.forEach(absorb);
  });

  await once(stream, 'end');
  if (partial.trim()) absorb(partial);

  if (ticks === 0) throw new Error(`no weather ticks received for ${beachId}`);
  const severity = classify(peakGust, highTide, rainMm, lowestPlotMetres);
  const headline =
    severity === 'evacuate-low-plots'
      ? `High tide ${highTide.toFixed(1)}m: move low plots now`
      : severity === 'caution'
        ? `Gusts to ${peakGust}kt: brace tall pieces`
        : `Fair sculpting: gusts ${peakGust}kt, tide ${highTide.toFixed(1)}m`;
  return { headline, severity, peakGust, highTide, ticks };
}

export async function refreshBanner(beachId: string, lowestPlotMetres: number): Promise<Banner> {
  const banner = await buildBanner(beachId, lowestPlotMetres);
  await bannerBoard.show(beachId, banner);
  return banner;
}
