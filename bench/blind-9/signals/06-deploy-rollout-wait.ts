// expect: require-signal-propagation
// The status request honours the signal, but the back-off between polls is a plain sleep, so cancelling a rollout wait (e.g. the operator pressing Ctrl-C) still blocks for up to 30 s before anything notices.
import { setTimeout as sleep } from 'node:timers/promises';

type RolloutPhase = 'pending' | 'progressing' | 'healthy' | 'degraded' | 'failed';

interface RolloutStatus {
  phase: RolloutPhase;
  readyReplicas: number;
  desiredReplicas: number;
  message?: string;
}

declare const platform: {
  getRollout(app: string, revision: string, opts?: { signal?: AbortSignal }): Promise<RolloutStatus>;
};

export class RolloutFailedError extends Error {
  constructor(
    readonly app: string,
    readonly status: RolloutStatus,
  ) {
    super(`${app} rollout ${status.phase}: ${status.message ?? 'no detail'}`);
    this.name = 'RolloutFailedError';
  }
}

export interface WaitOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  onProgress?: (s: RolloutStatus) => void;
}

export async function waitForRollout(app: string, revision: string, opts: WaitOptions = {}): Promise<RolloutStatus> {
  const { timeoutMs = 15 * 60_000, onProgress } = opts;
  const deadline = Date.now() + timeoutMs;
  const signal = opts.signal ? AbortSignal.any([opts.signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs);

  let interval = 2_000;
  let lastReady = -1;

  for (;;) {
    const status = await platform.getRollout(app, revision, { signal });
    if (status.readyReplicas !== lastReady) {
      lastReady = status.readyReplicas;
      onProgress?.(status);
    }

    if (status.phase === 'healthy') return status;
    if (status.phase === 'failed' || status.phase === 'degraded') {
      throw new RolloutFailedError(app, status);
    }
    if (Date.now() + interval > deadline) {
      throw new Error(`${app}@${revision} not healthy after ${timeoutMs} ms (${status.readyReplicas}/${status.desiredReplicas})`);
    }

    await sleep(interval);
    interval = Math.min(interval * 2, 30_000);
  }
}
