// expect: none
// retry() receives factories and calls them on every attempt; method references are passed only where a function is expected, and all loads are called.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Dryer {
  id: string;
  capacityKg: number;
  heat: 'low' | 'medium' | 'high';
  online: boolean;
}

export interface PriceTable {
  centsPerTenMinutes: Record<Dryer['heat'], number>;
  minimumMinutes: number;
}

declare const laundromatApi: {
  listDryers(storeId: string): Promise<Dryer[]>;
  prices(storeId: string): Promise<PriceTable>;
  startCycle(dryerId: string, minutes: number, paymentToken: string): Promise<{ cycleId: string; endsAt: string }>;
};

function isTransient(err: unknown): boolean {
  const code = (err as { code?: string } | undefined)?.code;
  return code === 'ECONNRESET' || code === 'ETIMEDOUT' || code === 'EBUSY';
}

export async function retry<T>(operation: () => Promise<T>, attempts = 3): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await operation();
    } catch (err) {
      if (i >= attempts || !isTransient(err)) {
        throw err;
      }
      await sleep(200 * 2 ** i);
    }
  }
}

export class DryerDesk {
  private prices: PriceTable | undefined;

  constructor(private readonly storeId: string) {}

  loadPrices = (): Promise<PriceTable> => laundromatApi.prices(this.storeId);

  loadDryers = (): Promise<Dryer[]> => laundromatApi.listDryers(this.storeId);

  async refresh(): Promise<Dryer[]> {
    const [prices, dryers] = await Promise.all([retry(this.loadPrices), retry(this.loadDryers)]);
    this.prices = prices;
    return dryers.filter((d) => d.online);
  }

  quote(dryer: Dryer, minutes: number): number {
    if (!this.prices) {
      throw new Error('prices not loaded; call refresh() first');
    }
    const billable = Math.max(minutes, this.prices.minimumMinutes);
    return Math.ceil(billable / 10) * this.prices.centsPerTenMinutes[dryer.heat];
  }

  async start(dryerId: string, minutes: number, paymentToken: string): Promise<{ cycleId: string; cents: number }> {
    const dryers = await this.refresh();
    const dryer = dryers.find((d) => d.id === dryerId);
    if (!dryer) {
      throw new Error(`Dryer ${dryerId} is offline or unknown`);
    }
    const cents = this.quote(dryer, minutes);
    const { cycleId } = await retry(() => laundromatApi.startCycle(dryer.id, minutes, paymentToken), 2);
    return { cycleId, cents };
  }
}
