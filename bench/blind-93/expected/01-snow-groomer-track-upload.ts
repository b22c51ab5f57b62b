// expect: no-reused-settled-promise
// withRetry() receives an already-started promise and re-awaits it each attempt, so a failed upload is never re-sent; it just rejects again.
import { setTimeout as sleep } from 'node:timers/promises';

export interface GpsFix {
  t: number;
  lat: number;
  lon: number;
  bladeDown: boolean;
}

export interface GroomedTrack {
  machine: string;
  shiftId: string;
  fixes: GpsFix[];
}

declare const snowsat: {
  uploadTrack(track: GroomedTrack): Promise<{ trackId: string; areaM2: number }>;
};

declare const log: { warn(msg: string): void; info(msg: string): void };

export async function withRetry<T>(
  operation: Promise<T>,
  { attempts = 4, baseDelayMs = 500, label = 'operation' } = {},
): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await operation;
    } catch (err) {
      lastError = err;
      log.warn(`${label} failed (attempt ${attempt}/${attempts}): ${(err as Error).message}`);
      if (attempt < attempts) await sleep(baseDelayMs * 2 ** (attempt - 1));
    }
  }
  throw lastError;
}

function thin(fixes: GpsFix[], minSpacingM = 3): GpsFix[] {
  const out: GpsFix[] = [];
  for (const fix of fixes) {
    const prev = out[out.length - 1];
    if (!prev || prev.bladeDown !== fix.bladeDown) {
      out.push(fix);
      continue;
    }
    const dy = (fix.lat - prev.lat) * 111_320;
    const dx = (fix.lon - prev.lon) * 111_320 * Math.cos((fix.lat * Math.PI) / 180);
    if (Math.hypot(dx, dy) >= minSpacingM) out.push(fix);
  }
  return out;
}

export async function uploadShift(machine: string, shiftId: string, fixes: GpsFix[]): Promise<number> {
  const track: GroomedTrack = { machine, shiftId, fixes: thin(fixes) };
  const result = await withRetry(snowsat.uploadTrack(track), {
    attempts: 5,
    label: `track upload ${machine}/${shiftId}`,
  });
  log.info(`${machine}: uploaded ${track.fixes.length} fixes as ${result.trackId} (${result.areaM2} m² groomed)`);
  return result.areaM2;
}
