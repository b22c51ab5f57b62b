// expect: none
// Every exit path of the spawned process (error, overflow kill, close) goes through a single finish() guard, so the promise settles exactly once.
import { spawn } from 'node:child_process';

export interface WindLayer {
  altitudeFt: number;
  headingDeg: number;
  speedKt: number;
}

export interface WindsAloftOptions {
  station: string;
  validHour: number;
  binary?: string;
  maxOutputBytes?: number;
}

function parseLayers(raw: string): WindLayer[] {
  const layers: WindLayer[] = [];
  for (const line of raw.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const [alt, hdg, spd] = trimmed.split(/\s+/).map(Number);
    if ([alt, hdg, spd].some((n) => Number.isNaN(n))) continue;
    layers.push({ altitudeFt: alt, headingDeg: hdg, speedKt: spd });
  }
  return layers.sort((a, b) => a.altitudeFt - b.altitudeFt);
}

export function fetchWindsAloft(opts: WindsAloftOptions): Promise<WindLayer[]> {
  const limit = opts.maxOutputBytes ?? 256 * 1024;
  return new Promise<WindLayer[]>((resolve, reject) => {
    const child = spawn(
      opts.binary ?? 'fdwinds',
      ['--station', opts.station, '--hour', String(opts.validHour)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    let settled = false;

    const finish = (err: Error | null, layers?: WindLayer[]) => {
      if (settled) return;
      settled = true;
      if (err) reject(err);
      else resolve(layers ?? []);
    };

    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      if (stdout.length > limit) {
        child.kill('SIGTERM');
        finish(new Error(`winds aloft output for ${opts.station} exceeded ${limit} bytes`));
      }
    });
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });

    child.once('error', (err) => finish(err));
    child.once('close', (code, signal) => {
      if (code === 0) {
        finish(null, parseLayers(stdout));
        return;
      }
      const reason = signal ? `signal ${signal}` : `exit code ${code}`;
      finish(new Error(`fdwinds failed for ${opts.station} (${reason}): ${stderr.trim()}`));
    });
  });
}

export async function pickLaunchLayer(
  station: string,
  targetHeading: number,
  ceilingFt = 6000,
): Promise<WindLayer | undefined> {
  const layers = await fetchWindsAloft({ station, validHour: new Date().getUTCHours() });
  let best: WindLayer | undefined;
  let bestDelta = Infinity;
  for (const layer of layers) {
    if (layer.altitudeFt > ceilingFt) break;
    const delta = Math.abs(((layer.headingDeg - targetHeading + 540) % 360) - 180);
    if (delta < bestDelta) {
      best = layer;
      bestDelta = delta;
    }
  }
  return best;
}
