// expect: no-reused-settled-promise
// The status request is issued once before the loop and the same settled promise is awaited on every iteration, so the poll keeps seeing the first status until it times out.
import { setTimeout as sleep } from 'node:timers/promises';

export interface ResurfaceStatus {
  sheet: string;
  phase: 'scraping' | 'flooding' | 'freezing' | 'pebbling' | 'done';
  surfaceTempC: number;
  updatedAt: string;
}

export interface IcePlantApi {
  startResurface(sheet: string): Promise<{ jobId: string }>;
  getResurfaceStatus(jobId: string): Promise<ResurfaceStatus>;
}

export class ResurfaceTimeoutError extends Error {
  constructor(
    readonly sheet: string,
    readonly lastPhase: ResurfaceStatus['phase'],
  ) {
    super(`resurfacing of sheet ${sheet} stuck in ${lastPhase}`);
    this.name = 'ResurfaceTimeoutError';
  }
}

export interface PollOptions {
  intervalMs: number;
  timeoutMs: number;
  onProgress?: (status: ResurfaceStatus) => void;
}

export async function resurfaceAndWait(api: IcePlantApi, sheet: string, opts: PollOptions): Promise<ResurfaceStatus> {
  const { jobId } = await api.startResurface(sheet);
  const deadline = Date.now() + opts.timeoutMs;
  const statusCheck = api.getResurfaceStatus(jobId);

  let last: ResurfaceStatus | null = null;
  while (Date.now() < deadline) {
    const status = await statusCheck;
    if (!last || status.phase !== last.phase) opts.onProgress?.(status);
    last = status;
    if (status.phase === 'done') {
      return status;
    }
    await sleep(opts.intervalMs);
  }
  throw new ResurfaceTimeoutError(sheet, last?.phase ?? 'scraping');
}

export async function resurfaceBetweenDraws(
  api: IcePlantApi,
  sheets: string[],
  opts: PollOptions,
): Promise<Map<string, ResurfaceStatus>> {
  // the plant has one flood valve manifold, so sheets are done one after another
  const results = new Map<string, ResurfaceStatus>();
  for (const sheet of sheets) {
    results.set(sheet, await resurfaceAndWait(api, sheet, opts));
  }
  return results;
}

export function playableNow(status: ResurfaceStatus): boolean {
  return status.phase === 'done' && status.surfaceTempC <= -4.5;
}
