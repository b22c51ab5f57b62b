// expect: none
// The market price request starts early but gets its .catch fallback in the same expression, so it cannot reject while the cellar inventory is awaited.
interface Wheel {
  id: string;
  style: 'chhurpi' | 'dried-hard' | 'soft-fresh';
  weightKg: number;
  agedDays: number;
}

interface PriceSheet {
  region: string;
  perKg: Record<Wheel['style'], number>;
  fetchedAt: string;
  fallback: boolean;
}

declare const cellar: {
  inventory(dairyId: string): Promise<Wheel[]>;
};

declare const highlandMarket: {
  currentPrices(region: string): Promise<Omit<PriceSheet, 'fallback'>>;
};

declare const logger: { warn(msg: string, meta?: Record<string, unknown>): void };

const FALLBACK_PER_KG: PriceSheet['perKg'] = {
  chhurpi: 14,
  'dried-hard': 11,
  'soft-fresh': 6,
};

function agePremium(wheel: Wheel): number {
  if (wheel.style === 'soft-fresh') return 1;
  if (wheel.agedDays >= 180) return 1.35;
  if (wheel.agedDays >= 90) return 1.15;
  return 1;
}

export interface Valuation {
  dairyId: string;
  totalValue: number;
  byStyle: Record<Wheel['style'], number>;
  pricesAreFallback: boolean;
}

export async function valueCellar(dairyId: string, region: string): Promise<Valuation> {
  const pricesPromise: Promise<PriceSheet> = highlandMarket
    .currentPrices(region)
    .then((sheet) => ({ ...sheet, fallback: false }))
    .catch((err: unknown) => {
      logger.warn('market prices unavailable, using fallback', { region, err: String(err) });
      return { region, perKg: FALLBACK_PER_KG, fetchedAt: new Date().toISOString(), fallback: true };
    });

  const wheels = await cellar.inventory(dairyId);
  const prices = await pricesPromise;

  const byStyle: Record<Wheel['style'], number> = { chhurpi: 0, 'dried-hard': 0, 'soft-fresh': 0 };
  for (const wheel of wheels) {
    const value = wheel.weightKg * prices.perKg[wheel.style] * agePremium(wheel);
    byStyle[wheel.style] += value;
  }
  const totalValue = Object.values(byStyle).reduce((a, b) => a + b, 0);

  return {
    dairyId,
    totalValue: Math.round(totalValue * 100) / 100,
    byStyle,
    pricesAreFallback: prices.fallback,
  };
}

export function readyToSell(wheels: readonly Wheel[]): Wheel[] {
  return wheels.filter((w) => (w.style === 'soft-fresh' ? w.agedDays <= 10 : w.agedDays >= 60));
}
