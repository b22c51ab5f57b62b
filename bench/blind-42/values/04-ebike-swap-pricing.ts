// expect: none
// Tariff promises are cached on purpose; values are awaited before use, and the only promise === is a deliberate identity check when evicting a failed entry.
export interface SwapEvent {
  riderId: string;
  stationId: string;
  returnedChargePct: number;
  issuedChargePct: number;
  at: Date;
}

export interface Tariff {
  stationId: string;
  perPercentCents: number;
  peakMultiplier: number;
  currency: 'EUR' | 'GBP';
}

export interface Receipt {
  riderId: string;
  stationId: string;
  chargedCents: number;
  currency: Tariff['currency'];
  plan: 'payg' | 'unlimited';
}

declare const tariffs: {
  forStation(stationId: string): Promise<Tariff>;
};

declare const riders: {
  plan(riderId: string): Promise<'payg' | 'unlimited' | null>;
};

const TARIFF_TTL_MS = 15 * 60 * 1000;

function isPeak(at: Date): boolean {
  const h = at.getHours();
  return (h >= 7 && h < 10) || (h >= 16 && h < 19);
}

export class SwapPricer {
  private readonly cache = new Map<string, { tariff: Promise<Tariff>; fetchedAt: number }>();

  private tariff(stationId: string): Promise<Tariff> {
    const hit = this.cache.get(stationId);
    if (hit && Date.now() - hit.fetchedAt < TARIFF_TTL_MS) return hit.tariff;
    const tariff = tariffs.forStation(stationId);
    this.cache.set(stationId, { tariff, fetchedAt: Date.now() });
    tariff.catch(() => {
      if (this.cache.get(stationId)?.tariff === tariff) this.cache.delete(stationId);
    });
    return tariff;
  }

  async price(event: SwapEvent): Promise<Receipt> {
    const [tariff, storedPlan] = await Promise.all([this.tariff(event.stationId), riders.plan(event.riderId)]);
    const plan = storedPlan ?? 'payg';

    if (plan === 'unlimited') {
      return { riderId: event.riderId, stationId: event.stationId, chargedCents: 0, currency: tariff.currency, plan };
    }

    const percentGained = Math.max(0, event.issuedChargePct - event.returnedChargePct);
    const multiplier = isPeak(event.at) ? tariff.peakMultiplier : 1;
    const chargedCents = Math.round(percentGained * tariff.perPercentCents * multiplier);
    return { riderId: event.riderId, stationId: event.stationId, chargedCents, currency: tariff.currency, plan };
  }

  async sameTariff(stationA: string, stationB: string): Promise<boolean> {
    const [a, b] = await Promise.all([this.tariff(stationA), this.tariff(stationB)]);
    return a.perPercentCents === b.perPercentCents && a.peakMultiplier === b.peakMultiplier && a.currency === b.currency;
  }
}

export async function dailyTotal(pricer: SwapPricer, events: SwapEvent[]): Promise<Map<string, number>> {
  const totals = new Map<string, number>();
  for (const event of events) {
    const receipt = await pricer.price(event);
    totals.set(receipt.currency, (totals.get(receipt.currency) ?? 0) + receipt.chargedCents);
  }
  return totals;
}
