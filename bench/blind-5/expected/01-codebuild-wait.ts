// expect: none
// statusReq is reassigned to a fresh getBuild() call after every sleep, so each loop iteration awaits a new status request rather than the first response again.
import { setTimeout as sleep } from 'node:timers/promises';

type BuildPhase = 'QUEUED' | 'PROVISIONING' | 'BUILDING' | 'UPLOADING' | 'SUCCEEDED' | 'FAILED' | 'STOPPED';

export interface BuildStatus {
  id: string;
  phase: BuildPhase;
  logsUrl: string;
  durationSec?: number;
}

declare const codebuild: {
  getBuild(input: { id: string }, opts?: { abortSignal?: AbortSignal }): Promise<BuildStatus>;
};

export class BuildFailedError extends Error {
  constructor(readonly status: BuildStatus) {
    super(`build ${status.id} ended in ${status.phase}; logs: ${status.logsUrl}`);
  }
}

export interface WaitOptions {
  signal?: AbortSignal;
  intervalMs?: number;
  deadlineMs?: number;
  onPhase?: (phase: BuildPhase) => void;
}

export async function waitForBuild(id: string, opts: WaitOptions = {}): Promise<BuildStatus> {
  const interval = opts.intervalMs ?? 5_000;
  const deadline = Date.now() + (opts.deadlineMs ?? 45 * 60_000);
  let lastPhase: BuildPhase | undefined;

  let statusReq = codebuild.getBuild({ id }, { abortSignal: opts.signal });
  for (;;) {
    const status = await statusReq;
    if (status.phase !== lastPhase) {
      lastPhase = status.phase;
      opts.onPhase?.(status.phase);
    }
    if (status.phase === 'SUCCEEDED') return status;
    if (status.phase === 'FAILED' || status.phase === 'STOPPED') throw new BuildFailedError(status);
    if (Date.now() > deadline) throw new Error(`build ${id} still ${status.phase} at deadline`);

    await sleep(interval, undefined, { signal: opts.signal });
    statusReq = codebuild.getBuild({ id }, { abortSignal: opts.signal });
  }
}
