// expect: no-reused-settled-promise
// waitForOfficialScore requests the bout status once and then re-awaits that same settled promise on every poll iteration, so it never sees the bout become official and spins until the deadline.
import { setTimeout as sleep } from 'node:timers/promises';

export type BoutState = 'scheduled' | 'in-progress' | 'halftime' | 'unofficial' | 'official';

export interface BoutStatus {
  boutId: string;
  state: BoutState;
  home: number;
  away: number;
  signedBy: string[];
}

export interface SanctioningApi {
  getBoutStatus(boutId: string): Promise<BoutStatus>;
  submitRankingResult(boutId: string, home: number, away: number): Promise<void>;
}

export interface PollOptions {
  intervalMs?: number;
  timeoutMs?: number;
}

export class BoutResultPublisher {
  constructor(private readonly api: SanctioningApi) {}

  async waitForOfficialScore(boutId: string, options: PollOptions = {}): Promise<BoutStatus> {
    const intervalMs = options.intervalMs ?? 15_000;
    const deadline = Date.now() + (options.timeoutMs ?? 45 * 60_000);
    const fetchStatus = this.api.getBoutStatus(boutId);

    while (Date.now() < deadline) {
      const status = await fetchStatus;
      if (status.state === 'official') return status;
      if (status.state === 'scheduled') {
        throw new Error(`bout ${boutId} has not started; nothing to wait for`);
      }
      await sleep(intervalMs);
    }
    throw new Error(`bout ${boutId} was not made official within the time limit`);
  }

  /** Both head referees and the head NSO must sign the statsbook before the result counts. */
  static fullySigned(status: BoutStatus): boolean {
    const roles = new Set(status.signedBy.map((s) => s.split(':')[0]));
    return roles.has('hr-home') && roles.has('hr-away') && roles.has('hnso');
  }

  async publish(boutId: string, options?: PollOptions): Promise<'submitted' | 'unsigned'> {
    const status = await this.waitForOfficialScore(boutId, options);
    if (!BoutResultPublisher.fullySigned(status)) return 'unsigned';
    await this.api.submitRankingResult(boutId, status.home, status.away);
    return 'submitted';
  }
}
