// expect: none
// Listeners are synchronous and the async notification is deliberately fire-and-forget with a .catch attached on the spot.
import { EventEmitter } from 'node:events';

export interface Plot {
  number: number;
  bed: 'raised' | 'ground';
  areaM2: number;
}

export interface Gardener {
  memberId: string;
  email: string;
  needsRaisedBed: boolean;
}

declare const mailer: {
  send(to: string, subject: string, body: string): Promise<void>;
};

declare const allocationsDb: {
  holdPlot(plotNumber: number, memberId: string, until: Date): Promise<void>;
  releaseHold(plotNumber: number): Promise<void>;
};

const OFFER_WINDOW_MS = 72 * 60 * 60 * 1000;

export class PlotWaitlist extends EventEmitter {
  private queue: Gardener[] = [];
  private readonly offers = new Map<number, NodeJS.Timeout>();

  constructor() {
    super();
    this.on('plotReleased', (plot: Plot) => {
      this.offerToNext(plot).catch((err) => {
        console.error(`could not offer plot ${plot.number}`, err);
        this.emit('offerFailed', plot, err);
      });
    });
  }

  join(gardener: Gardener): number {
    if (!this.queue.some((g) => g.memberId === gardener.memberId)) {
      this.queue.push(gardener);
    }
    return this.queue.findIndex((g) => g.memberId === gardener.memberId) + 1;
  }

  private async offerToNext(plot: Plot): Promise<void> {
    const idx = this.queue.findIndex((g) => plot.bed === 'raised' || !g.needsRaisedBed);
    if (idx === -1) {
      this.emit('noTakers', plot);
      return;
    }
    const [gardener] = this.queue.splice(idx, 1);
    const until = new Date(Date.now() + OFFER_WINDOW_MS);

    await allocationsDb.holdPlot(plot.number, gardener.memberId, until);
    await mailer.send(
      gardener.email,
      `Plot ${plot.number} is available`,
      `A ${plot.areaM2} m² ${plot.bed} plot is being held for you until ${until.toUTCString()}.`,
    );

    const timer = setTimeout(() => {
      this.offers.delete(plot.number);
      // Offer lapsed: put the plot back up for the next person in line.
      void allocationsDb
        .releaseHold(plot.number)
        .then(() => this.emit('plotReleased', plot))
        .catch((err) => console.error(`failed to release hold on plot ${plot.number}`, err));
    }, OFFER_WINDOW_MS);
    timer.unref();
    this.offers.set(plot.number, timer);
  }

  accept(plotNumber: number): boolean {
    const timer = this.offers.get(plotNumber);
    if (!timer) return false;
    clearTimeout(timer);
    this.offers.delete(plotNumber);
    return true;
  }

  close(): void {
    for (const timer of this.offers.values()) clearTimeout(timer);
    this.offers.clear();
    this.removeAllListeners();
  }
}
