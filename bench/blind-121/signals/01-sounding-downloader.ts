// expect: require-signal-propagation
// downloadSounding() passes options.signal to fetch but backs off with timers/promises setTimeout without it, so an abort during the (up to several-second) backoff is not honoured until the sleep ends.
import { setTimeout as sleep } from 'node:timers/promises';

export interface SoundingLevel {
  pressureHpa: number;
  heightM: number;
  tempC: number;
  dewpointC: number;
  windDir: number;
  windKt: number;
}

export interface DownloadOptions {
  signal?: AbortSignal;
  attempts?: number;
  baseDelayMs?: number;
}

const RETRYABLE = new Set([429, 502, 503, 504]);

function parseSounding(text: string): SoundingLevel[] {
  return text
    .split('\n')
    .filter((line) => /^\s*\d/.test(line))
    .map((line) => {
      const [p, h, t, d, dir, kt] = line.trim().split(/\s+/).map(Number);
      return { pressureHpa: p, heightM: h, tempC: t, dewpointC: d, windDir: dir, windKt: kt };
    })
    .filter((lvl) => Number.isFinite(lvl.heightM));
}

export async function downloadSounding(
  baseUrl: string,
  station: string,
  options: DownloadOptions = {},
): Promise<SoundingLevel[]> {
  const attempts = options.attempts ?? 4;
  let delay = options.baseDelayMs ?? 750;
  const url = `${baseUrl}/soundings/${encodeURIComponent(station)}/latest.txt`;

  for (let attempt = 1; ; attempt++) {
    options.signal?.throwIfAborted();
    const res = await fetch(url, { signal: options.signal });
    if (res.ok) {
      return parseSounding(await res.text());
    }
    if (!RETRYABLE.has(res.status) || attempt >= attempts) {
      throw new Error(`sounding for ${station} unavailable: HTTP ${res.status} after ${attempt} attempt(s)`);
    }
    await res.body?.cancel();
    const retryAfter = Number(res.headers.get('retry-after'));
    await sleep(Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : delay);
    delay *= 2;
  }
}

export function inversionTop(levels: SoundingLevel[]): number | undefined {
  for (let i = 1; i < levels.length; i++) {
    if (levels[i].tempC <= levels[i - 1].tempC && levels[i - 1].tempC > levels[0].tempC) {
      return levels[i - 1].heightM;
    }
  }
  return undefined;
}

export async function morningBriefing(baseUrl: string, station: string, signal: AbortSignal): Promise<string> {
  const levels = await downloadSounding(baseUrl, station, { signal });
  const top = inversionTop(levels);
  const surface = levels[0];
  if (!surface) return `${station}: no sounding data`;
  return top === undefined
    ? `${station}: no surface inversion, expect thermals early — launch before 08:00`
    : `${station}: inversion to ${top} m, calm layer good for a dawn flight`;
}
