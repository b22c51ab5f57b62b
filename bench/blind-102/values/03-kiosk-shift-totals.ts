// expect: none
// The totals are written inside .then callbacks, but those exact chains are awaited through Promise.all before the totals are read, so every kiosk's sales are counted before the report is built.
export interface KioskSales {
  kioskId: string;
  tickets: number;
  cents: number;
  refunds: number;
}

interface KioskLink {
  readonly id: string;
  salesSince(since: Date): Promise<KioskSales>;
}

export interface ShiftReport {
  terminal: string;
  from: Date;
  tickets: number;
  grossCents: number;
  refunds: number;
  offline: string[];
}

export class ShiftTotals {
  constructor(
    private readonly terminal: string,
    private readonly kiosks: KioskLink[],
  ) {}

  async report(from: Date): Promise<ShiftReport> {
    let tickets = 0;
    let grossCents = 0;
    let refunds = 0;
    const offline: string[] = [];

    await Promise.all(
      this.kiosks.map((kiosk) =>
        kiosk.salesSince(from).then(
          (sales) => {
            tickets += sales.tickets;
            grossCents += sales.cents;
            refunds += sales.refunds;
          },
          () => {
            offline.push(kiosk.id);
          },
        ),
      ),
    );

    return { terminal: this.terminal, from, tickets, grossCents, refunds, offline: offline.sort() };
  }
}

export function formatReport(r: ShiftReport): string {
  const dollars = (r.grossCents / 100).toLocaleString('en-US', { style: 'currency', currency: 'USD' });
  const lines = [
    `Terminal ${r.terminal} shift from ${r.from.toLocaleTimeString('en-US')}`,
    `  tickets sold: ${r.tickets}`,
    `  gross:        ${dollars}`,
    `  refunds:      ${r.refunds}`,
  ];
  if (r.offline.length) {
    lines.push(`  NOT COUNTED (offline): ${r.offline.join(', ')}`);
  }
  return lines.join('\n');
}
