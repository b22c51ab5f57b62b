// expect: no-floating-promises
// cancelShow calls the async notifyTicketHolders without awaiting, returning or catching it, so a failed notification becomes an unhandled rejection.
export interface ScheduledShow {
  id: string;
  title: string;
  startsAt: Date;
  dome: 'main' | 'annex';
  status: 'scheduled' | 'cancelled' | 'running' | 'finished';
}

export interface ShowRepository {
  get(id: string): Promise<ScheduledShow | undefined>;
  update(id: string, patch: Partial<ScheduledShow>): Promise<void>;
}

export interface TicketService {
  holdersFor(showId: string): Promise<Array<{ email: string; seats: number }>>;
  refundAll(showId: string): Promise<number>;
}

export interface Mailer {
  send(to: string, subject: string, body: string): Promise<void>;
}

export class ShowCancellationService {
  constructor(
    private readonly shows: ShowRepository,
    private readonly tickets: TicketService,
    private readonly mailer: Mailer,
  ) {}

  async cancelShow(showId: string, reason: string): Promise<{ refunded: number }> {
    const show = await this.shows.get(showId);
    if (!show) {
      throw new Error(`unknown show ${showId}`);
    }
    if (show.status === 'running' || show.status === 'finished') {
      throw new Error(`show ${showId} already ${show.status}; cannot cancel`);
    }
    if (show.status === 'cancelled') {
      return { refunded: 0 };
    }

    await this.shows.update(showId, { status: 'cancelled' });
    const refunded = await this.tickets.refundAll(showId);

    this.notifyTicketHolders(show, reason);

    return { refunded };
  }

  private async notifyTicketHolders(show: ScheduledShow, reason: string): Promise<void> {
    const holders = await this.tickets.holdersFor(show.id);
    const when = show.startsAt.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
    const subject = `Cancelled: ${show.title} (${when})`;
    for (const holder of holders) {
      const body = [
        `We're sorry — "${show.title}" in the ${show.dome} dome has been cancelled.`,
        `Reason: ${reason}`,
        `Your ${holder.seats} seat(s) have been refunded to the original payment method.`,
      ].join('\n\n');
      await this.mailer.send(holder.email, subject, body);
    }
  }
}
