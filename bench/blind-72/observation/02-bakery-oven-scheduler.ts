// expect: none
// The demand forecast is started early but gets its .catch fallback attached immediately, so it cannot reject unobserved while the rota loads or after the early return.
export interface OvenSlot {
  ovenId: string;
  product: string;
  trays: number;
  startsAt: Date;
  bakeMinutes: number;
}

interface Forecast {
  day: string;
  units: Record<string, number>;
}

interface Baker {
  name: string;
  startsAt: Date;
  endsAt: Date;
}

interface Product {
  name: string;
  unitsPerTray: number;
  bakeMinutes: number;
  ovenTempC: number;
}

declare const demandApi: {
  forecast(day: string): Promise<Forecast>;
};

declare const rota: {
  bakersOn(day: string): Promise<Baker[]>;
};

declare const catalogue: {
  products(): Promise<Product[]>;
};

declare const log: {
  warn(message: string, meta?: Record<string, unknown>): void;
};

const OVENS = ['deck-1', 'deck-2', 'rack-1'] as const;
const FALLBACK_UNITS: Record<string, number> = { sourdough: 60, baguette: 120, rye: 30 };

export async function planBake(day: string): Promise<OvenSlot[]> {
  const forecastP = demandApi.forecast(day).catch((err: unknown) => {
    log.warn('demand forecast unavailable, using fallback', { day, err: String(err) });
    return { day, units: FALLBACK_UNITS } satisfies Forecast;
  });

  const bakers = await rota.bakersOn(day);
  if (bakers.length === 0) {
    log.warn('no bakers rostered, nothing to plan', { day });
    return [];
  }
  const products = await catalogue.products();
  const forecast = await forecastP;

  const firstShift = bakers.reduce((min, b) => (b.startsAt < min ? b.startsAt : min), bakers[0].startsAt);
  const cursor = new Map<string, number>(OVENS.map((o) => [o, firstShift.getTime()]));
  const slots: OvenSlot[] = [];

  const byTemp = [...products].sort((a, b) => b.ovenTempC - a.ovenTempC);
  for (const product of byTemp) {
    const units = forecast.units[product.name] ?? 0;
    if (units === 0) continue;
    const trays = Math.ceil(units / product.unitsPerTray);
    const [ovenId, at] = [...cursor.entries()].sort((a, b) => a[1] - b[1])[0];
    slots.push({ ovenId, product: product.name, trays, startsAt: new Date(at), bakeMinutes: product.bakeMinutes });
    cursor.set(ovenId, at + (product.bakeMinutes + 10) * 60_000);
  }
  return slots;
}

export function lastOut(slots: readonly OvenSlot[]): Date | undefined {
  let latest: number | undefined;
  for (const s of slots) {
    const end = s.startsAt.getTime() + s.bakeMinutes * 60_000;
    if (latest === undefined || end > latest) latest = end;
  }
  return latest === undefined ? undefined : new Date(latest);
}
