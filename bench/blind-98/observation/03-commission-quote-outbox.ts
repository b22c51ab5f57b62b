// expect: none
// The debounce timer's callback is synchronous and attaches .catch to flush(), so the promise handed off inside setTimeout is observed and a failed send is logged and re-queued instead of going unhandled.
export interface QuoteLine {
  commissionId: string;
  panel: string;
  glassType: 'cathedral' | 'opalescent' | 'antique';
  areaSqIn: number;
  priceCents: number;
}

export interface Mailer {
  send(to: string, subject: string, body: string): Promise<void>;
}

export interface Logger {
  error(msg: string, err: unknown): void;
}

export class QuoteOutbox {
  private readonly queued = new Map<string, QuoteLine[]>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly mailer: Mailer,
    private readonly log: Logger,
    private readonly clientEmail: (commissionId: string) => string,
    private readonly debounceMs = 1_500,
  ) {}

  add(line: QuoteLine): void {
    const lines = this.queued.get(line.commissionId) ?? [];
    lines.push(line);
    this.queued.set(line.commissionId, lines);

    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush().catch((err: unknown) => this.log.error('quote outbox flush failed', err));
    }, this.debounceMs);
  }

  async flush(): Promise<void> {
    const batch = [...this.queued.entries()];
    this.queued.clear();

    for (const [commissionId, lines] of batch) {
      const total = lines.reduce((sum, l) => sum + l.priceCents, 0);
      const body = lines
        .map((l) => `${l.panel}: ${l.glassType}, ${l.areaSqIn} sq in — $${(l.priceCents / 100).toFixed(2)}`)
        .join('\n');
      try {
        await this.mailer.send(
          this.clientEmail(commissionId),
          `Updated quote for commission ${commissionId}: $${(total / 100).toFixed(2)}`,
          body,
        );
      } catch (err) {
        const requeue = this.queued.get(commissionId) ?? [];
        this.queued.set(commissionId, [...lines, ...requeue]);
        throw err;
      }
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
