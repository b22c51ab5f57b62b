// expect: no-read-before-settle
// quote() kicks off loadTariffs() and assigns this.tariffs in its .then callback, then reads this.tariffs on the very next line, before the callback has run, so the first quote after a refresh uses stale or missing tariffs.
export type Pass = 'day' | 'twilight' | 'sauna-only' | 'family';

export interface Tariffs {
  base: Record<Pass, number>;
  peakMultiplier: number;
  waterTempSurchargeC: number; // surcharge applies when lagoon is above this
  surcharge: number;
  loadedAt: number;
}

export interface TariffService {
  current(): Promise<Omit<Tariffs, 'loadedAt'>>;
}

export interface Quote {
  pass: Pass;
  guests: number;
  totalIsk: number;
  peak: boolean;
}

export class SpaPricing {
  private tariffs?: Tariffs;

  constructor(private readonly service: TariffService, private readonly maxAgeMs = 15 * 60_000) {}

  private loadTariffs(): Promise<Tariffs> {
    return this.service.current().then((t) => ({ ...t, loadedAt: Date.now() }));
  }

  private isPeak(at: Date): boolean {
    const h = at.getHours();
    const weekend = at.getDay() === 0 || at.getDay() === 6;
    return weekend || (h >= 16 && h < 20);
  }

  quote(pass: Pass, guests: number, lagoonC: number, at = new Date()): Quote {
    if (!this.tariffs || Date.now() - this.tariffs.loadedAt > this.maxAgeMs) {
      this.loadTariffs().then(
        (t) => {
          this.tariffs = t;
        },
        (err: unknown) => console.warn('tariff refresh failed; keeping previous tariffs', err),
      );
    }

    const tariffs = this.tariffs;
    if (!tariffs) throw new Error('tariffs not loaded yet');

    const peak = this.isPeak(at);
    let total = tariffs.base[pass] * guests;
    if (peak) total *= tariffs.peakMultiplier;
    if (lagoonC > tariffs.waterTempSurchargeC) total += tariffs.surcharge * guests;
    return { pass, guests, totalIsk: Math.round(total), peak };
  }
}

export function groupDiscount(quote: Quote): number {
  if (quote.pass === 'family' || quote.guests < 8) return 0;
  return Math.round(quote.totalIsk * 0.1);
}
