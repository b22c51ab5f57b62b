// expect: none
// The race between the drone count and the deadline aborts the losing request, clears the deadline timer and removes the caller's abort listener in finally, so nothing from the losing side keeps running.
export interface HerdCount {
  herdId: string;
  adults: number;
  calves: number;
  confidence: number;
}

export interface DroneSurveyApi {
  countHerd(herdId: string, area: string, signal: AbortSignal): Promise<HerdCount>;
}

export class SurveyTimeoutError extends Error {
  constructor(herdId: string, ms: number) {
    super(`drone count for ${herdId} took longer than ${ms} ms`);
    this.name = 'SurveyTimeoutError';
  }
}

export async function countWithDeadline(
  api: DroneSurveyApi,
  herdId: string,
  area: string,
  deadlineMs: number,
  signal?: AbortSignal,
): Promise<HerdCount> {
  signal?.throwIfAborted();
  const controller = new AbortController();
  const onCallerAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onCallerAbort, { once: true });

  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SurveyTimeoutError(herdId, deadlineMs)), deadlineMs);
  });

  try {
    return await Promise.race([api.countHerd(herdId, area, controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onCallerAbort);
    controller.abort();
  }
}

export async function countAllHerds(
  api: DroneSurveyApi,
  herds: Array<{ id: string; area: string }>,
  signal?: AbortSignal,
): Promise<HerdCount[]> {
  const counts: HerdCount[] = [];
  for (const herd of herds) {
    counts.push(await countWithDeadline(api, herd.id, herd.area, 90_000, signal));
  }
  return counts;
}

export function calvingRate(counts: HerdCount[]): number {
  const adults = counts.reduce((n, c) => n + c.adults, 0);
  const calves = counts.reduce((n, c) => n + c.calves, 0);
  return adults === 0 ? 0 : calves / adults;
}
