// expect: no-unobserved-promise
// The TLE fetch is started first but only awaited after the antenna and radio setup awaits, so a failed fetch rejects with no handler attached meanwhile.
import { setTimeout as sleep } from 'node:timers/promises';

export interface PassPlan {
  stationId: string;
  noradId: number;
  aos: Date;
  los: Date;
  downlinkMHz: number;
  bandwidthKHz: number;
}

export interface PassReport {
  stationId: string;
  noradId: number;
  tleEpoch: string;
  framesReceived: number;
  aborted: boolean;
}

declare const antenna: {
  park(stationId: string, signal: AbortSignal): Promise<void>;
  track(stationId: string, tle: [string, string], until: Date, signal: AbortSignal): Promise<void>;
};

declare const receiver: {
  configure(centerMHz: number, bandwidthKHz: number): Promise<void>;
  record(signal: AbortSignal): AsyncIterable<Uint8Array>;
};

const TLE_BASE = 'https://tle.groundnet.internal/v2/norad';

async function downloadTle(noradId: number, signal: AbortSignal): Promise<[string, string]> {
  const res = await fetch(`${TLE_BASE}/${noradId}`, { signal });
  if (!res.ok) {
    throw new Error(`TLE lookup for ${noradId} failed: HTTP ${res.status}`);
  }
  const lines = (await res.text()).trim().split('\n').slice(-2);
  if (lines.length !== 2 || !lines[0].startsWith('1 ') || !lines[1].startsWith('2 ')) {
    throw new Error(`malformed TLE for ${noradId}`);
  }
  return [lines[0], lines[1]];
}

async function countFrames(los: Date, signal: AbortSignal): Promise<number> {
  let frames = 0;
  for await (const frame of receiver.record(signal)) {
    if (frame.byteLength > 0) frames++;
    if (Date.now() >= los.getTime()) break;
  }
  return frames;
}

export async function runPass(plan: PassPlan, outer: AbortSignal): Promise<PassReport> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(outer.reason);
  outer.addEventListener('abort', onAbort, { once: true });
  const { signal } = controller;

  try {
    // Kick off the element-set download while the hardware gets ready.
    const tleRequest = downloadTle(plan.noradId, signal);

    await antenna.park(plan.stationId, signal);
    await receiver.configure(plan.downlinkMHz, plan.bandwidthKHz);

    const tle = await tleRequest;
    const tleEpoch = tle[0].slice(18, 32).trim();

    const leadMs = plan.aos.getTime() - Date.now();
    if (leadMs > 0) {
      await sleep(leadMs, undefined, { signal });
    }

    const [, framesReceived] = await Promise.all([
      antenna.track(plan.stationId, tle, plan.los, signal),
      countFrames(plan.los, signal),
    ]);

    return {
      stationId: plan.stationId,
      noradId: plan.noradId,
      tleEpoch,
      framesReceived,
      aborted: signal.aborted,
    };
  } finally {
    outer.removeEventListener('abort', onAbort);
  }
}
