// expect: no-multiple-settle
// decodeProfile rejects on a decoder error but falls through to resolve(samples) because the error branch has no return.
import { readFile } from 'node:fs/promises';

export interface DepthSample {
  tSec: number;
  depthM: number;
  tempC: number;
  ppo2?: number;
}

export interface DiveLogEntry {
  id: string;
  site: string;
  diverId: string;
  encoded: string;
}

export interface DiveSummary {
  id: string;
  site: string;
  maxDepthM: number;
  bottomTimeMin: number;
  minTempC: number;
  penetrationFlag: boolean;
}

declare const profileCodec: {
  decode(
    payload: Buffer,
    format: 'uddf' | 'shearwater' | 'suunto',
    cb: (err: Error | null, samples: DepthSample[]) => void,
  ): void;
};

declare const log: {
  warn(msg: string, meta?: Record<string, unknown>): void;
  info(msg: string, meta?: Record<string, unknown>): void;
};

export class DiveLogError extends Error {
  constructor(readonly entryId: string, cause: unknown) {
    super(`could not decode dive ${entryId}`, { cause });
    this.name = 'DiveLogError';
  }
}

function detectFormat(payload: Buffer): 'uddf' | 'shearwater' | 'suunto' {
  const head = payload.subarray(0, 5).toString('latin1');
  if (head === '<?xml') return 'uddf';
  if (payload[0] === 0xa5) return 'shearwater';
  return 'suunto';
}

function decodeProfile(entry: DiveLogEntry): Promise<DepthSample[]> {
  const payload = Buffer.from(entry.encoded, 'base64');
  const format = detectFormat(payload);
  return new Promise<DepthSample[]>((resolve, reject) => {
    profileCodec.decode(payload, format, (err, samples) => {
      if (err) {
        log.warn('profile decode failed', { entry: entry.id, format, reason: err.message });
        reject(new DiveLogError(entry.id, err));
      }
      resolve(samples);
    });
  });
}

function summarize(entry: DiveLogEntry, samples: DepthSample[]): DiveSummary {
  let maxDepthM = 0;
  let minTempC = Number.POSITIVE_INFINITY;
  let bottomStart: number | undefined;
  let bottomEnd = 0;
  for (const s of samples) {
    maxDepthM = Math.max(maxDepthM, s.depthM);
    minTempC = Math.min(minTempC, s.tempC);
    if (s.depthM > 3) {
      bottomStart ??= s.tSec;
      bottomEnd = s.tSec;
    }
  }
  const bottomTimeMin = bottomStart === undefined ? 0 : (bottomEnd - bottomStart) / 60;
  return {
    id: entry.id,
    site: entry.site,
    maxDepthM: Math.round(maxDepthM * 10) / 10,
    bottomTimeMin: Math.round(bottomTimeMin),
    minTempC: Number.isFinite(minTempC) ? minTempC : 0,
    penetrationFlag: entry.site.toLowerCase().includes('sump'),
  };
}

export async function importDiveLogs(path: string): Promise<{ summaries: DiveSummary[]; failed: string[] }> {
  const entries = JSON.parse(await readFile(path, 'utf8')) as DiveLogEntry[];
  const summaries: DiveSummary[] = [];
  const failed: string[] = [];

  for (const entry of entries) {
    try {
      const samples = await decodeProfile(entry);
      summaries.push(summarize(entry, samples));
    } catch (err) {
      if (!(err instanceof DiveLogError)) throw err;
      failed.push(entry.id);
    }
  }

  log.info('dive log import complete', { path, imported: summaries.length, failed: failed.length });
  return { summaries, failed };
}
