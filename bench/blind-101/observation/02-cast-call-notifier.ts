// expect: none
// The per-dancer async map is awaited through Promise.all, and the debounce timer calls a non-async flush wrapper that attaches a .catch, so no promise is started and dropped.
export interface Dancer {
  id: string;
  name: string;
  email: string;
  roles: string[];
}

export interface Rehearsal {
  id: string;
  ballet: string;
  act: number;
  studio: string;
  start: Date;
  roles: string[];
}

export interface Mailer {
  send(to: string, subject: string, body: string): Promise<void>;
}

export interface CallSheetStore {
  markNotified(rehearsalId: string, dancerIds: string[]): Promise<void>;
}

export class CastCallNotifier {
  private readonly queued = new Map<string, Rehearsal>();
  private debounce: NodeJS.Timeout | undefined;

  constructor(
    private readonly dancers: Dancer[],
    private readonly mailer: Mailer,
    private readonly store: CallSheetStore,
    private readonly debounceMs = 30_000,
  ) {}

  enqueue(rehearsal: Rehearsal): void {
    this.queued.set(rehearsal.id, rehearsal);
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => this.flushInBackground(), this.debounceMs);
  }

  private flushInBackground(): void {
    this.flush().catch((err: unknown) => {
      console.error('[cast-call] flush failed, will retry on next change', err);
    });
  }

  async flush(): Promise<number> {
    const batch = [...this.queued.values()];
    this.queued.clear();
    let sent = 0;
    for (const rehearsal of batch) {
      sent += await this.notify(rehearsal);
    }
    return sent;
  }

  private async notify(rehearsal: Rehearsal): Promise<number> {
    const called = this.dancers.filter((d) => d.roles.some((r) => rehearsal.roles.includes(r)));
    const when = rehearsal.start.toLocaleString('en-GB', { weekday: 'long', hour: '2-digit', minute: '2-digit' });
    await Promise.all(
      called.map(async (dancer) => {
        const parts = dancer.roles.filter((r) => rehearsal.roles.includes(r)).join(', ');
        await this.mailer.send(
          dancer.email,
          `${rehearsal.ballet}, Act ${rehearsal.act}: ${when}`,
          `Dear ${dancer.name},\n\nYou are called as ${parts} in ${rehearsal.studio}.\n`,
        );
      }),
    );
    await this.store.markNotified(rehearsal.id, called.map((d) => d.id));
    return called.length;
  }
}
