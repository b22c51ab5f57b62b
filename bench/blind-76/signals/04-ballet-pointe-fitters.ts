// expect: none
// The scan races a deadline, but the deadline timer is cleared and the scan is aborted in finally, so neither loser keeps running.
export interface FootScan {
  dancerId: string;
  lengthMm: number;
  ballWidthMm: number;
  archHeightMm: number;
  toeShape: 'egyptian' | 'greek' | 'peasant';
}

export interface ShoeRecommendation {
  maker: string;
  model: string;
  size: string;
  width: string;
  shank: 'soft' | 'medium' | 'hard';
}

export interface ScanStation {
  scan(dancerId: string, opts: { signal: AbortSignal }): Promise<FootScan>;
}

declare const catalogue: {
  match(scan: FootScan, level: 'student' | 'pre-professional' | 'professional'): ShoeRecommendation[];
};

export class ScanTimeoutError extends Error {
  constructor(dancerId: string, ms: number) {
    super(`foot scan for ${dancerId} took longer than ${ms} ms`);
    this.name = 'ScanTimeoutError';
  }
}

export async function scanWithDeadline(
  station: ScanStation,
  dancerId: string,
  deadlineMs: number,
  outer?: AbortSignal,
): Promise<FootScan> {
  outer?.throwIfAborted();

  const controller = new AbortController();
  const forwardAbort = () => controller.abort(outer?.reason);
  outer?.addEventListener('abort', forwardAbort, { once: true });

  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ScanTimeoutError(dancerId, deadlineMs)), deadlineMs);
  });

  try {
    return await Promise.race([station.scan(dancerId, { signal: controller.signal }), deadline]);
  } finally {
    clearTimeout(timer);
    controller.abort();
    outer?.removeEventListener('abort', forwardAbort);
  }
}

function level(yearsOnPointe: number): 'student' | 'pre-professional' | 'professional' {
  if (yearsOnPointe >= 8) return 'professional';
  if (yearsOnPointe >= 3) return 'pre-professional';
  return 'student';
}

export async function fitDancer(
  station: ScanStation,
  dancer: { id: string; yearsOnPointe: number },
  signal?: AbortSignal,
): Promise<{ scan: FootScan; shortlist: ShoeRecommendation[] }> {
  const scan = await scanWithDeadline(station, dancer.id, 45_000, signal);
  if (scan.lengthMm < 180 || scan.lengthMm > 300) {
    throw new Error(`implausible foot length ${scan.lengthMm} mm for ${dancer.id}, rescan needed`);
  }
  const shortlist = catalogue
    .match(scan, level(dancer.yearsOnPointe))
    .filter((s) => (scan.toeShape === 'egyptian' ? true : !s.model.toLowerCase().includes('tapered')))
    .slice(0, 5);
  return { scan, shortlist };
}
