// expect: none
// The race between the two landing stations aborts the losing request through the shared controller and clears the deadline timer in finally, so neither the loser nor the timer outlives the call.
export interface LandingStation {
  name: string;
  baseUrl: string;
}

export interface SegmentStatus {
  segment: string;
  lit: boolean;
  opticalPowerDbm: number;
  reportedBy: string;
}

async function queryStation(station: LandingStation, segment: string, signal: AbortSignal): Promise<SegmentStatus> {
  const res = await fetch(`${station.baseUrl}/nms/segments/${encodeURIComponent(segment)}`, {
    headers: { accept: 'application/json' },
    signal,
  });
  if (!res.ok) throw new Error(`${station.name} answered ${res.status}`);
  const body = (await res.json()) as Omit<SegmentStatus, 'reportedBy'>;
  return { ...body, reportedBy: station.name };
}

export async function segmentStatus(
  stations: [LandingStation, LandingStation],
  segment: string,
  deadlineMs: number,
  outer?: AbortSignal,
): Promise<SegmentStatus> {
  const controller = new AbortController();
  const onOuterAbort = () => controller.abort(outer?.reason);
  if (outer?.aborted) controller.abort(outer.reason);
  outer?.addEventListener('abort', onOuterAbort, { once: true });

  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const err = new Error(`no landing station reported ${segment} within ${deadlineMs}ms`);
      controller.abort(err);
      reject(err);
    }, deadlineMs);
  });

  try {
    return await Promise.race([
      queryStation(stations[0], segment, controller.signal),
      queryStation(stations[1], segment, controller.signal),
      deadline,
    ]);
  } finally {
    clearTimeout(timer);
    controller.abort(new Error('superseded by faster landing station'));
    outer?.removeEventListener('abort', onOuterAbort);
  }
}

export function describeStatus(s: SegmentStatus): string {
  const state = s.lit ? 'lit' : 'DARK';
  return `${s.segment} ${state} at ${s.opticalPowerDbm.toFixed(1)} dBm (via ${s.reportedBy})`;
}
