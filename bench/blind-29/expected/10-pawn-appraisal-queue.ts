// expect: none
// The async handler is bound before being registered as a listener and the sweep timer wraps the call in an arrow, so both are invoked rather than used as values.
import { EventEmitter, once } from 'node:events';

export interface PawnItem {
  ticket: string;
  category: 'jewelry' | 'electronics' | 'instrument' | 'tool';
  description: string;
  askingLoan: number;
}

export interface Appraisal {
  ticket: string;
  marketValue: number;
  maxLoan: number;
  appraisedAt: Date;
}

declare const priceGuide: {
  estimate(category: PawnItem['category'], description: string): Promise<number>;
};

declare const ledger: {
  recordAppraisal(a: Appraisal): Promise<void>;
  expireTickets(olderThan: Date): Promise<number>;
};

const LOAN_TO_VALUE = 0.6;

export class AppraisalDesk extends EventEmitter {
  private sweepTimer: NodeJS.Timeout | undefined;
  private inFlight = 0;

  constructor(private readonly holdDays = 90) {
    super();
    this.handleIntake = this.handleIntake.bind(this);
    this.on('intake', this.handleIntake);
  }

  private async handleIntake(item: PawnItem): Promise<void> {
    this.inFlight++;
    try {
      const marketValue = await priceGuide.estimate(item.category, item.description);
      const appraisal: Appraisal = {
        ticket: item.ticket,
        marketValue,
        maxLoan: Math.floor(marketValue * LOAN_TO_VALUE),
        appraisedAt: new Date(),
      };
      await ledger.recordAppraisal(appraisal);
      this.emit('appraised', appraisal);
    } catch (err) {
      this.emit('appraisal-failed', item.ticket, err);
    } finally {
      this.inFlight--;
      if (this.inFlight === 0) this.emit('idle');
    }
  }

  private async sweepExpired(): Promise<void> {
    const cutoff = new Date(Date.now() - this.holdDays * 86_400_000);
    const expired = await ledger.expireTickets(cutoff);
    if (expired > 0) this.emit('forfeited', expired);
  }

  start(intervalMs = 3_600_000): void {
    this.sweepTimer = setInterval(() => {
      this.sweepExpired().catch((err) => this.emit('error', err));
    }, intervalMs);
    this.sweepTimer.unref();
  }

  appraise(item: PawnItem): Promise<Appraisal> {
    return new Promise((resolve, reject) => {
      const onDone = (a: Appraisal) => {
        if (a.ticket !== item.ticket) return;
        cleanup();
        resolve(a);
      };
      const onFail = (ticket: string, err: unknown) => {
        if (ticket !== item.ticket) return;
        cleanup();
        reject(err);
      };
      const cleanup = () => {
        this.off('appraised', onDone);
        this.off('appraisal-failed', onFail);
      };
      this.on('appraised', onDone);
      this.on('appraisal-failed', onFail);
      this.emit('intake', item);
    });
  }

  async stop(): Promise<void> {
    clearInterval(this.sweepTimer);
    if (this.inFlight > 0) await once(this, 'idle');
  }
}
