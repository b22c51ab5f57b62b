// expect: no-unchecked-settled-results
// Only fulfilled entries of the allSettled result are read, so notices that failed to send are silently dropped while the commission is still marked as announced.
export interface TotemCommission {
  id: string;
  clan: string;
  carver: string;
  unveilingAt: Date;
  site: string;
}

export interface Recipient {
  name: string;
  email: string;
  role: 'elder' | 'carver' | 'sponsor' | 'press';
}

export interface Mailer {
  send(message: { to: string; subject: string; body: string }): Promise<{ messageId: string }>;
}

export interface CommissionLedger {
  recipientsFor(commissionId: string): Promise<Recipient[]>;
  markAnnounced(commissionId: string, messageIds: string[]): Promise<void>;
}

function noticeBody(c: TotemCommission, r: Recipient): string {
  const when = c.unveilingAt.toLocaleString('en-CA', { dateStyle: 'full', timeStyle: 'short' });
  const greeting = r.role === 'elder' ? `Respected ${r.name}` : `Dear ${r.name}`;
  return [
    `${greeting},`,
    '',
    `The ${c.clan} pole carved by ${c.carver} will be raised at ${c.site} on ${when}.`,
    r.role === 'press' ? 'Photography is welcome after the blessing.' : 'Please join us for the feast that follows.',
  ].join('\n');
}

export class UnveilingAnnouncer {
  constructor(
    private readonly mailer: Mailer,
    private readonly ledger: CommissionLedger,
  ) {}

  async announce(commission: TotemCommission): Promise<string[]> {
    const recipients = await this.ledger.recipientsFor(commission.id);
    const results = await Promise.allSettled(
      recipients.map((r) =>
        this.mailer.send({
          to: r.email,
          subject: `Pole raising: ${commission.clan} (${commission.site})`,
          body: noticeBody(commission, r),
        }),
      ),
    );

    const messageIds: string[] = [];
    for (const result of results) {
      if (result.status === 'fulfilled') messageIds.push(result.value.messageId);
    }

    await this.ledger.markAnnounced(commission.id, messageIds);
    return messageIds;
  }

  async announceAll(commissions: TotemCommission[]): Promise<number> {
    let sent = 0;
    for (const commission of commissions) {
      if (commission.unveilingAt.getTime() < Date.now()) continue;
      const ids = await this.announce(commission);
      sent += ids.length;
    }
    return sent;
  }
}
