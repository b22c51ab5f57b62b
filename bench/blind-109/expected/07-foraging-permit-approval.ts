// expect: no-reused-settled-promise
// waitForDecision requests the application status once and then re-awaits that same settled promise on every poll, so it keeps seeing the original "under-review" answer and times out even after the ranger has approved the permit.
import { setTimeout as sleep } from 'node:timers/promises';

export type ApplicationState = 'submitted' | 'under-review' | 'approved' | 'refused';

export interface ApplicationStatus {
  reference: string;
  state: ApplicationState;
  ranger?: string;
  note?: string;
  updatedAt: string;
}

export interface PermitPortal {
  submit(form: PermitForm): Promise<{ reference: string }>;
  status(reference: string): Promise<ApplicationStatus>;
}

export interface PermitForm {
  applicant: string;
  email: string;
  zones: string[];
  species: string[];
  commercial: boolean;
}

export class DecisionTimeout extends Error {
  constructor(readonly reference: string, readonly lastState: ApplicationState) {
    super(`no decision on ${reference} yet (still ${lastState})`);
    this.name = 'DecisionTimeout';
  }
}

export class PermitApplicant {
  constructor(private readonly portal: PermitPortal, private readonly pollMs = 30_000) {}

  async waitForDecision(reference: string, maxWaitMs = 15 * 60_000): Promise<ApplicationStatus> {
    const deadline = Date.now() + maxWaitMs;
    const check = this.portal.status(reference);
    let last: ApplicationStatus = await check;

    while (last.state === 'submitted' || last.state === 'under-review') {
      if (Date.now() + this.pollMs > deadline) {
        throw new DecisionTimeout(reference, last.state);
      }
      await sleep(this.pollMs);
      last = await check;
    }
    return last;
  }

  async apply(form: PermitForm): Promise<ApplicationStatus> {
    if (form.zones.length === 0) throw new Error('choose at least one foraging zone');
    if (form.commercial && form.species.length > 5) {
      throw new Error('commercial permits cover at most five species');
    }
    const { reference } = await this.portal.submit(form);
    return this.waitForDecision(reference, form.commercial ? 60 * 60_000 : 15 * 60_000);
  }
}

export function decisionMessage(status: ApplicationStatus): string {
  if (status.state === 'approved') return `Permit ${status.reference} approved by ${status.ranger ?? 'the ranger service'}.`;
  return `Permit ${status.reference} refused${status.note ? `: ${status.note}` : ''}.`;
}
