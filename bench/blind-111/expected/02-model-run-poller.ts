// expect: no-reused-settled-promise
// The status request is made once before the loop and every poll re-awaits that same settled promise, so the state never changes and a running model times out.
import { setTimeout as sleep } from 'node:timers/promises';

export type RunState = 'queued' | 'running' | 'complete' | 'failed';

export interface RunStatus {
  runId: string;
  state: RunState;
  progressPct: number;
  message?: string;
  outputUrl?: string;
}

export interface SnowpackModelApi {
  submit(region: string, initTime: string): Promise<{ runId: string }>;
  status(runId: string): Promise<RunStatus>;
}

export interface PollOptions {
  intervalMs?: number;
  maxPolls?: number;
  onProgress?: (status: RunStatus) => void;
}

export class ModelRunPoller {
  constructor(private readonly api: SnowpackModelApi) {}

  async waitForRun(runId: string, options: PollOptions = {}): Promise<RunStatus> {
    const { intervalMs = 15_000, maxPolls = 120, onProgress } = options;
    const pending = this.api.status(runId);

    let last: RunStatus | undefined;
    for (let poll = 1; poll <= maxPolls; poll++) {
      last = await pending;
      onProgress?.(last);
      if (last.state === 'complete') return last;
      if (last.state === 'failed') {
        throw new Error(`snowpack run ${runId} failed: ${last.message ?? 'no message'}`);
      }
      await sleep(intervalMs);
    }
    throw new Error(
      `snowpack run ${runId} still ${last?.state ?? 'unknown'} at ${last?.progressPct ?? 0}% after ${maxPolls} polls`,
    );
  }

  async runAndWait(region: string, initTime: string, options?: PollOptions): Promise<string> {
    const { runId } = await this.api.submit(region, initTime);
    const status = await this.waitForRun(runId, options);
    if (!status.outputUrl) throw new Error(`run ${runId} completed without output`);
    return status.outputUrl;
  }
}
