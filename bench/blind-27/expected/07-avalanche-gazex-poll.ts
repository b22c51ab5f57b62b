// expect: no-reused-settled-promise
// The status request is started once before the loop and the same settled promise is awaited on every poll, so the job state never refreshes.
import { setTimeout as delay } from 'node:timers/promises';

export type ShotState = 'queued' | 'arming' | 'fired' | 'misfire' | 'aborted';

export interface ShotStatus {
  jobId: string;
  exploderId: string;
  state: ShotState;
  updatedAt: string;
  seismicConfirmation?: boolean;
}

declare const controlApi: {
  requestShot(exploderId: string, operator: string): Promise<{ jobId: string }>;
  getShotStatus(jobId: string, signal?: AbortSignal): Promise<ShotStatus>;
};

export class ShotTimeoutError extends Error {
  constructor(readonly jobId: string, readonly lastState: ShotState | 'unknown') {
    super(`shot ${jobId} did not complete (last state: ${lastState})`);
  }
}

export interface PollOptions {
  intervalMs?: number;
  timeoutMs?: number;
}

export async function waitForShot(jobId: string, opts: PollOptions = {}): Promise<ShotStatus> {
  const intervalMs = opts.intervalMs ?? 2_000;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs ?? 120_000);
  let lastState: ShotState | 'unknown' = 'unknown';

  const statusRequest = controlApi.getShotStatus(jobId, controller.signal);
  try {
    while (!controller.signal.aborted) {
      const status = await statusRequest;
      lastState = status.state;

      if (status.state === 'fired') return status;
      if (status.state === 'misfire' || status.state === 'aborted') {
        throw new Error(`exploder ${status.exploderId} reported ${status.state}`);
      }
      await delay(intervalMs, undefined, { signal: controller.signal });
    }
  } catch (err) {
    if (!controller.signal.aborted) throw err;
  } finally {
    clearTimeout(timer);
  }
  throw new ShotTimeoutError(jobId, lastState);
}

export async function fireSequence(
  exploderIds: string[],
  operator: string,
  log: (line: string) => void = console.log,
): Promise<ShotStatus[]> {
  const results: ShotStatus[] = [];
  // Shots go one at a time so the seismic sensors can attribute each release.
  for (const exploderId of exploderIds) {
    const { jobId } = await controlApi.requestShot(exploderId, operator);
    log(`requested shot ${jobId} on ${exploderId}`);
    const status = await waitForShot(jobId, { timeoutMs: 90_000 });
    log(`${exploderId}: ${status.state}${status.seismicConfirmation ? ' (seismic confirmed)' : ''}`);
    results.push(status);
  }
  return results;
}
