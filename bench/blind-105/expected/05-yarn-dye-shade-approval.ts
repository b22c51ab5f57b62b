// expect: none
// Each poll calls this.lab.shadeStatus(lot) afresh and the .catch fallback starts a new request on the backup lab, so every iteration awaits a brand-new promise instead of re-awaiting a settled one.
import { setTimeout as sleep } from 'node:timers/promises';

export type ShadeStatus =
  | { state: 'pending' }
  | { state: 'approved'; deltaE: number; approvedBy: string }
  | { state: 'rejected'; deltaE: number; note: string };

export interface ColourLab {
  shadeStatus(lot: string): Promise<ShadeStatus>;
}

export interface PollOptions {
  intervalMs?: number;
  maxPolls?: number;
  warn?: (msg: string) => void;
}

export class ShadeRejectedError extends Error {
  constructor(readonly lot: string, readonly deltaE: number, note: string) {
    super(`lot ${lot} rejected at ΔE ${deltaE.toFixed(2)}: ${note}`);
    this.name = 'ShadeRejectedError';
  }
}

export class ShadeApprovals {
  constructor(private readonly lab: ColourLab, private readonly backupLab: ColourLab) {}

  async waitForApproval(lot: string, opts: PollOptions = {}): Promise<{ deltaE: number; approvedBy: string }> {
    const intervalMs = opts.intervalMs ?? 60_000;
    const maxPolls = opts.maxPolls ?? 90;
    const warn = opts.warn ?? (() => {});

    for (let poll = 1; poll <= maxPolls; poll++) {
      const status = await this.lab.shadeStatus(lot).catch((err: unknown) => {
        warn(`primary lab unavailable for ${lot} (poll ${poll}): ${String(err)}`);
        return this.backupLab.shadeStatus(lot);
      });

      if (status.state === 'approved') return { deltaE: status.deltaE, approvedBy: status.approvedBy };
      if (status.state === 'rejected') throw new ShadeRejectedError(lot, status.deltaE, status.note);
      await sleep(intervalMs);
    }
    throw new Error(`lot ${lot} still pending after ${maxPolls} polls`);
  }

  async approveAll(lots: string[], opts?: PollOptions): Promise<Map<string, number>> {
    const approvals = new Map<string, number>();
    for (const lot of lots) {
      const { deltaE } = await this.waitForApproval(lot, opts);
      approvals.set(lot, deltaE);
    }
    return approvals;
  }
}
