// expect: no-unchecked-settled-results
// allSettled results are only read for fulfilled values; rejected accounts are never examined, yet every account gets its sync cursor advanced.
export interface CalendarAccount {
  id: string;
  provider: 'google' | 'microsoft' | 'caldav';
  syncToken: string | null;
}

export interface RemoteEvent {
  uid: string;
  start: string;
  end: string;
  summary: string;
  cancelled: boolean;
}

interface DeltaPage {
  events: RemoteEvent[];
  nextSyncToken: string;
}

declare const providers: Record<
  CalendarAccount['provider'],
  {
    delta(accountId: string, syncToken: string | null, signal: AbortSignal): Promise<DeltaPage>;
  }
>;

declare const store: {
  listAccounts(userId: string): Promise<CalendarAccount[]>;
  applyEvents(accountId: string, events: RemoteEvent[]): Promise<number>;
  saveSyncToken(accountId: string, token: string): Promise<void>;
  markSynced(accountId: string, at: Date): Promise<void>;
};

export interface SyncSummary {
  accounts: number;
  eventsChanged: number;
  finishedAt: Date;
}

export class CalendarSyncService {
  constructor(private readonly timeoutMs = 30_000) {}

  private async syncAccount(account: CalendarAccount, signal: AbortSignal): Promise<number> {
    const page = await providers[account.provider].delta(account.id, account.syncToken, signal);
    const live = page.events.filter((e) => !e.cancelled);
    const changed = await store.applyEvents(account.id, live);
    await store.saveSyncToken(account.id, page.nextSyncToken);
    return changed + (page.events.length - live.length);
  }

  async syncUser(userId: string): Promise<SyncSummary> {
    const accounts = await store.listAccounts(userId);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);

    let results: PromiseSettledResult<number>[];
    try {
      results = await Promise.allSettled(accounts.map((account) => this.syncAccount(account, controller.signal)));
    } finally {
      clearTimeout(timer);
    }

    let eventsChanged = 0;
    for (const result of results) {
      if (result.status === 'fulfilled') {
        eventsChanged += result.value;
      }
    }

    const finishedAt = new Date();
    for (const account of accounts) {
      await store.markSynced(account.id, finishedAt);
    }

    return { accounts: accounts.length, eventsChanged, finishedAt };
  }
}
