// expect: no-multiple-settle
// A commission that comes back 'withdrawn' counts as terminal so polling stops, but neither resolve nor reject is called for it, leaving waitForApproval pending forever.
import { EventEmitter } from 'node:events';

export type CommissionStatus =
  | 'sketching'
  | 'awaiting-approval'
  | 'approved'
  | 'rejected'
  | 'withdrawn';

export interface Commission {
  id: string;
  clan: string;
  figures: string[];
  cedarLengthM: number;
  status: CommissionStatus;
  reviewerNote?: string;
}

export interface CommissionApi {
  getCommission(id: string): Promise<Commission>;
}

const TERMINAL: readonly CommissionStatus[] = ['approved', 'rejected', 'withdrawn'];

export class ApprovalWatcher extends EventEmitter {
  constructor(
    private readonly api: CommissionApi,
    private readonly pollMs = 30_000,
    private readonly maxWaitMs = 14 * 24 * 3600_000,
  ) {
    super();
  }

  waitForApproval(id: string): Promise<Commission> {
    return new Promise((resolve, reject) => {
      const started = Date.now();
      const poll = () => {
        this.api.getCommission(id).then(
          (commission) => {
            this.emit('poll', commission);
            if (!TERMINAL.includes(commission.status)) {
              if (Date.now() - started > this.maxWaitMs) {
                reject(new Error(`commission ${id} still ${commission.status} after review window`));
              } else {
                setTimeout(poll, this.pollMs);
              }
              return;
            }
            if (commission.status === 'approved') {
              resolve(commission);
            } else if (commission.status === 'rejected') {
              reject(new Error(`commission ${id} rejected: ${commission.reviewerNote ?? 'no note'}`));
            }
          },
          (err: unknown) => reject(err instanceof Error ? err : new Error(String(err))),
        );
      };
      poll();
    });
  }
}

export async function scheduleCarving(watcher: ApprovalWatcher, id: string): Promise<string> {
  const commission = await watcher.waitForApproval(id);
  const days = Math.ceil(commission.cedarLengthM * 9 + commission.figures.length * 4);
  return `${commission.clan} pole (${commission.figures.join(', ')}): ~${days} carving days`;
}
