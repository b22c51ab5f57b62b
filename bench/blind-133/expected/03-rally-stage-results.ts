// expect: no-reused-settled-promise
// The status request is made once before the loop and the same settled promise is awaited on every poll, so a stage that is still provisional is never re-queried and the wait always times out.
import { setTimeout as sleep } from 'node:timers/promises';

export interface StageResult {
  car: string;
  team: string;
  elapsedSeconds: number;
  penaltiesSeconds: number;
}

export interface StageStatus {
  stageId: string;
  state: 'running' | 'provisional' | 'final';
  results: StageResult[];
}

export interface TimingApi {
  stageStatus(stageId: string): Promise<StageStatus>;
}

export interface PollOptions {
  intervalMs?: number;
  maxPolls?: number;
}

export class StageResultsWatcher {
  constructor(private readonly timing: TimingApi) {}

  async waitForFinal(stageId: string, options: PollOptions = {}): Promise<StageResult[]> {
    const { intervalMs = 30_000, maxPolls = 40 } = options;
    const fetchStatus = this.timing.stageStatus(stageId);

    for (let poll = 1; poll <= maxPolls; poll++) {
      const status = await fetchStatus;
      if (status.state === 'final') {
        return [...status.results].sort(
          (a, b) => a.elapsedSeconds + a.penaltiesSeconds - (b.elapsedSeconds + b.penaltiesSeconds),
        );
      }
      if (poll < maxPolls) await sleep(intervalMs);
    }
    throw new Error(`stage ${stageId} results not final after ${maxPolls} polls`);
  }

  async standings(stageIds: string[]): Promise<Map<string, number>> {
    const totals = new Map<string, number>();
    for (const id of stageIds) {
      const results = await this.waitForFinal(id);
      for (const r of results) {
        totals.set(r.car, (totals.get(r.car) ?? 0) + r.elapsedSeconds + r.penaltiesSeconds);
      }
    }
    return new Map([...totals].sort(([, a], [, b]) => a - b));
  }
}
