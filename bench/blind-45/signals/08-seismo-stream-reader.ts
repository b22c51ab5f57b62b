// expect: require-signal-propagation
// captureTraces checks options.signal once up front but does not pass it to spawn, so cancelling leaves slinktool streaming until the full window has elapsed.
import { spawn } from 'node:child_process';

export interface TraceLine {
  network: string;
  station: string;
  channel: string;
  startSeedTime: string;
  sampleRateHz: number;
  sampleCount: number;
}

export interface CaptureOptions {
  signal?: AbortSignal;
  server?: string;
  channels?: string[];
}

export interface CaptureSummary {
  station: string;
  records: number;
  samples: number;
  gaps: number;
  lines: TraceLine[];
}

// slinktool -p prints one header line per miniSEED record, e.g.
// "IU_ANMO_00_BHZ, 412 samples, 40 Hz, 2024,146,12:00:01.019500 (latency ~1.2 s)"
const HEADER_RE = /^(\w+)_(\w+)_\w*_(\w+), (\d+) samples, ([\d.]+) Hz, (\S+)/;

function parseHeader(line: string): TraceLine | undefined {
  const m = HEADER_RE.exec(line);
  if (!m) return undefined;
  return {
    network: m[1],
    station: m[2],
    channel: m[3],
    sampleCount: Number(m[4]),
    sampleRateHz: Number(m[5]),
    startSeedTime: m[6],
  };
}

function seedTimeToMs(seedTime: string): number {
  // "YYYY,DDD,HH:MM:SS.ffff" — day-of-year rolls over correctly through Date.UTC.
  const [year, dayOfYear, clock = ''] = seedTime.split(',');
  const [h, m, s] = clock.split(':').map(Number);
  return Date.UTC(Number(year), 0, Number(dayOfYear), h, m) + s * 1_000;
}

export async function captureTraces(
  networkStation: string,
  windowSeconds: number,
  options: CaptureOptions = {},
): Promise<CaptureSummary> {
  const { signal, server = 'rtserve.iris.washington.edu:18000', channels = ['BHZ', 'BHN', 'BHE'] } = options;
  signal?.throwIfAborted();

  const selectors = channels.map((c) => `??${c}`).join(' ');
  const child = spawn('slinktool', ['-p', '-S', `${networkStation}:${selectors}`, '-tw', `${windowSeconds}`, server], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });

  let spawnError: Error | undefined;
  child.on('error', (err) => {
    spawnError = err;
  });
  const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));

  const summary: CaptureSummary = { station: networkStation, records: 0, samples: 0, gaps: 0, lines: [] };
  const lastEnd = new Map<string, number>();

  let pending = '';
  for await (const chunk of child.stdout) {
    pending += String(chunk);
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const header = parseHeader(line);
      if (!header) continue;
      summary.records++;
      summary.samples += header.sampleCount;
      summary.lines.push(header);

      const key = `${header.station}.${header.channel}`;
      const start = seedTimeToMs(header.startSeedTime);
      const previousEnd = lastEnd.get(key);
      if (
        previousEnd !== undefined &&
        Number.isFinite(start) &&
        start - previousEnd > 1_000 / header.sampleRateHz
      ) {
        summary.gaps++;
      }
      lastEnd.set(key, start + (header.sampleCount / header.sampleRateHz) * 1_000);
    }
  }

  const code = await closed;
  if (spawnError) throw spawnError;
  if (code !== 0) {
    throw new Error(`slinktool exited with code ${code} for ${networkStation}`);
  }
  return summary;
}
