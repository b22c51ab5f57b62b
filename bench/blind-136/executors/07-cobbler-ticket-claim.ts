// expect: none
// Every branch of the claim callback settles: EEMPTY resolves null, any other error rejects, and success resolves the ticket.
export interface RepairTicket {
  id: string;
  customer: string;
  job: 'resole' | 'heel' | 'stitch' | 'stretch';
  promisedBy: Date;
}

export interface QueueError extends Error {
  code: string;
}

export interface BenchQueue {
  claim(
    benchId: string,
    opts: { jobs: RepairTicket['job'][]; leaseSeconds: number },
    cb: (err: QueueError | null, ticket?: RepairTicket) => void,
  ): void;
  release(ticketId: string, cb: (err: QueueError | null) => void): void;
}

export class ClaimConflictError extends Error {
  constructor(readonly benchId: string, options?: { cause?: unknown }) {
    super(`ticket already claimed by another bench than ${benchId}`, options);
    this.name = 'ClaimConflictError';
  }
}

export class CobblerBench {
  private current: RepairTicket | null = null;

  constructor(
    private readonly benchId: string,
    private readonly queue: BenchQueue,
    private readonly skills: RepairTicket['job'][],
  ) {}

  claimNext(leaseSeconds = 900): Promise<RepairTicket | null> {
    if (this.current) {
      return Promise.reject(new Error(`bench ${this.benchId} is still working on ${this.current.id}`));
    }
    return new Promise<RepairTicket | null>((resolve, reject) => {
      this.queue.claim(this.benchId, { jobs: this.skills, leaseSeconds }, (err, ticket) => {
        if (err) {
          if (err.code === 'EEMPTY') {
            resolve(null);
          } else if (err.code === 'ECONFLICT') {
            reject(new ClaimConflictError(this.benchId, { cause: err }));
          } else {
            reject(err);
          }
          return;
        }
        this.current = ticket ?? null;
        resolve(this.current);
      });
    });
  }

  releaseCurrent(): Promise<void> {
    const ticket = this.current;
    if (!ticket) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.queue.release(ticket.id, (err) => {
        if (err) {
          reject(err);
          return;
        }
        this.current = null;
        resolve();
      });
    });
  }

  isOverdue(now = new Date()): boolean {
    return this.current !== null && this.current.promisedBy.getTime() < now.getTime();
  }
}
