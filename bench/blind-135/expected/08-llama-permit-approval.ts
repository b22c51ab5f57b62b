// expect: no-reused-settled-promise
// waitForApproval requests the permit status once and re-awaits that same settled promise on every poll, so it never sees the park service change the status.
import { setTimeout as sleep } from 'node:timers/promises';

export type PermitState = 'submitted' | 'under-review' | 'approved' | 'denied';

export interface PermitStatus {
  applicationId: string;
  state: PermitState;
  ranger?: string;
  reason?: string;
  permitNo?: string;
}

export interface ParkPermitService {
  apply(trail: string, date: string, llamas: number, guests: number): Promise<{ applicationId: string }>;
  status(applicationId: string): Promise<PermitStatus>;
}

export class PermitDenied extends Error {
  constructor(readonly applicationId: string, reason: string) {
    super(`permit application ${applicationId} denied: ${reason}`);
    this.name = 'PermitDenied';
  }
}

export class PermitDesk {
  constructor(
    private parks: ParkPermitService,
    private pollMs = 5000,
    private timeoutMs = 10 * 60 * 1000,
  ) {}

  async waitForApproval(applicationId: string): Promise<string> {
    const deadline = Date.now() + this.timeoutMs;
    const pending = this.parks.status(applicationId);
    let lastState: PermitState = 'submitted';

    while (Date.now() < deadline) {
      const status = await pending;
      lastState = status.state;
      if (status.state === 'approved') {
        if (!status.permitNo) throw new Error(`application ${applicationId} approved without a permit number`);
        return status.permitNo;
      }
      if (status.state === 'denied') {
        throw new PermitDenied(applicationId, status.reason ?? 'no reason given');
      }
      await sleep(this.pollMs);
    }
    throw new Error(`application ${applicationId} still ${lastState} after ${this.timeoutMs / 1000}s`);
  }

  async applyAndWait(trail: string, date: string, llamas: number, guests: number): Promise<string> {
    if (guests > llamas * 2) {
      throw new RangeError(`${guests} guests need at least ${Math.ceil(guests / 2)} llamas`);
    }
    const { applicationId } = await this.parks.apply(trail, date, llamas, guests);
    return this.waitForApproval(applicationId);
  }
}
