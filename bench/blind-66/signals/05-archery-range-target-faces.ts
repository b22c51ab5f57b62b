// expect: no-leaked-race
// fetchFaceScan races the scanner request against a bare timeout promise; whichever loses keeps running, leaving a pending timer per lane and never aborting a slow request.
export interface FaceScan {
  lane: number;
  faceId: string;
  holes: Array<{ xMm: number; yMm: number }>;
  wearPct: number;
}

export interface FaceReplacement {
  lane: number;
  faceId: string;
  reason: 'worn' | 'scan-failed';
}

declare const scannerDirectory: {
  urlFor(lane: number): string;
};

declare const rangeWorkOrders: {
  schedule(replacements: FaceReplacement[]): Promise<void>;
};

const WEAR_LIMIT_PCT = 35;
const CENTER_RADIUS_MM = 40;

class ScanTimeoutError extends Error {
  constructor(readonly lane: number, ms: number) {
    super(`target scanner on lane ${lane} did not answer within ${ms}ms`);
  }
}

function timeoutAfter(lane: number, ms: number): Promise<never> {
  return new Promise<never>((_, reject) => {
    setTimeout(() => reject(new ScanTimeoutError(lane, ms)), ms);
  });
}

async function requestScan(lane: number): Promise<FaceScan> {
  const response = await fetch(`${scannerDirectory.urlFor(lane)}/scan`, { method: 'POST' });
  if (!response.ok) {
    throw new Error(`lane ${lane} scanner returned HTTP ${response.status}`);
  }
  return (await response.json()) as FaceScan;
}

export function fetchFaceScan(lane: number, timeoutMs = 5_000): Promise<FaceScan> {
  return Promise.race([requestScan(lane), timeoutAfter(lane, timeoutMs)]);
}

function centerWearPct(scan: FaceScan): number {
  const inCenter = scan.holes.filter((h) => Math.hypot(h.xMm, h.yMm) <= CENTER_RADIUS_MM).length;
  return scan.holes.length === 0 ? 0 : (inCenter / scan.holes.length) * 100;
}

export async function planFaceReplacements(lanes: readonly number[]): Promise<FaceReplacement[]> {
  const replacements: FaceReplacement[] = [];
  for (const lane of lanes) {
    try {
      const scan = await fetchFaceScan(lane);
      const wear = Math.max(scan.wearPct, centerWearPct(scan));
      if (wear >= WEAR_LIMIT_PCT) {
        replacements.push({ lane, faceId: scan.faceId, reason: 'worn' });
      }
    } catch (err) {
      if (!(err instanceof ScanTimeoutError)) throw err;
      replacements.push({ lane, faceId: 'unknown', reason: 'scan-failed' });
    }
  }
  if (replacements.length > 0) {
    await rangeWorkOrders.schedule(replacements);
  }
  return replacements;
}
