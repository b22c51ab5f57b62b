// expect: none
// The vault connection promise is created lazily and shared by concurrent callers (each awaits it at once); it is reset on failure so the next call retries fresh.
export interface StarterCulture {
  starterId: string;
  flour: 'rye' | 'wheat' | 'spelt' | 'einkorn';
  hydrationPct: number;
  lastFedAt: string;
  depositor: string;
}

interface VaultConnection {
  get(starterId: string): Promise<StarterCulture | undefined>;
  put(culture: StarterCulture): Promise<void>;
  listDueFeeding(before: string): Promise<StarterCulture[]>;
  close(): Promise<void>;
}

declare function openVault(dsn: string): Promise<VaultConnection>;

declare const feedingRobot: {
  feed(starterId: string, flourGrams: number, waterGrams: number): Promise<void>;
};

export class StarterBank {
  private connecting: Promise<VaultConnection> | undefined;

  constructor(private readonly dsn: string) {}

  private vault(): Promise<VaultConnection> {
    if (!this.connecting) {
      this.connecting = openVault(this.dsn).catch((err: unknown) => {
        this.connecting = undefined;
        throw err;
      });
    }
    return this.connecting;
  }

  async deposit(culture: StarterCulture): Promise<void> {
    const vault = await this.vault();
    const existing = await vault.get(culture.starterId);
    if (existing) {
      throw new Error(`starter ${culture.starterId} is already banked by ${existing.depositor}`);
    }
    await vault.put(culture);
  }

  async withdraw(starterId: string): Promise<StarterCulture> {
    const vault = await this.vault();
    const culture = await vault.get(starterId);
    if (!culture) throw new Error(`no starter ${starterId} in the bank`);
    return culture;
  }

  /** Refresh feed: 1:5:5 starter:flour:water by weight for a 50 g keep. */
  async feedOverdue(now = new Date()): Promise<string[]> {
    const vault = await this.vault();
    const cutoff = new Date(now.getTime() - 7 * 24 * 3600 * 1000).toISOString();
    const due = await vault.listDueFeeding(cutoff);
    const fed: string[] = [];
    for (const culture of due) {
      const flour = 50;
      const water = Math.round((flour * culture.hydrationPct) / 100);
      await feedingRobot.feed(culture.starterId, flour, water);
      await vault.put({ ...culture, lastFedAt: now.toISOString() });
      fed.push(culture.starterId);
    }
    return fed;
  }

  async close(): Promise<void> {
    const pending = this.connecting;
    this.connecting = undefined;
    if (!pending) return;
    const vault = await pending;
    await vault.close();
  }
}

export async function nightlyMaintenance(bank: StarterBank): Promise<number> {
  // Deposits from the counter and the feeding sweep may overlap; both share one connection.
  const fed = await bank.feedOverdue();
  return fed.length;
}
