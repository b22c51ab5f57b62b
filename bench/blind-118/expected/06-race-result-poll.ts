// expect: no-reused-settled-promise
// waitForOfficialResult requests the result status once before the loop and keeps awaiting that same settled promise, so it never sees the race become official and just spins until the deadline.
import { setTimeout as sleep } from 'node:timers/promises';

export type ResultState = 'provisional' | 'under-review' | 'protest' | 'official';

export interface ResultStatus {
  raceId: string;
  state: ResultState;
  order: { lane: number; crew: string; timeMs: number }[];
  umpireNote?: string;
}

export interface ResultsApi {
  getResultStatus(raceId: string): Promise<ResultStatus>;
}

export interface PollOptions {
  timeoutMs: number;
  intervalMs: number;
}

export class ResultWatcher {
  constructor(private readonly api: ResultsApi) {}

  async waitForOfficialResult(raceId: string, { timeoutMs, intervalMs }: PollOptions): Promise<ResultStatus> {
    const deadline = Date.now() + timeoutMs;
    const check = this.api.getResultStatus(raceId);
    let last: ResultStatus | undefined;

    while (Date.now() < deadline) {
      const status = await check;
      last = status;
      if (status.state === 'official') return status;
      if (status.state === 'protest') {
        intervalMs = Math.max(intervalMs, 30_000);
      }
      await sleep(intervalMs);
    }

    throw new Error(
      `race ${raceId} not official after ${Math.round(timeoutMs / 1000)}s (last state: ${last?.state ?? 'unknown'})`,
    );
  }

  async publishWhenOfficial(
    raceId: string,
    publish: (status: ResultStatus) => Promise<void>,
  ): Promise<string> {
    const status = await this.waitForOfficialResult(raceId, { timeoutMs: 20 * 60_000, intervalMs: 5_000 });
    await publish(status);
    const winner = status.order.reduce((best, r) => (r.timeMs < best.timeMs ? r : best));
    return `${raceId}: lane ${winner.lane} ${winner.crew}`;
  }
}
