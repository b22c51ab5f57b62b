// expect: require-signal-propagation
// fetchPanelPricing receives options.signal and forwards it to the labour request, but the cloth-stock fetch is issued without it, so a cancelled quote keeps that request running.
export interface QuoteOptions {
  signal?: AbortSignal;
  currency?: 'EUR' | 'USD' | 'GBP';
}

export interface SailSpec {
  kind: 'main' | 'jib' | 'genoa' | 'spinnaker';
  luffMm: number;
  footMm: number;
  leechMm: number;
  cloth: string;
}

interface ClothStock {
  cloth: string;
  metresOnHand: number;
  pricePerSqm: number;
  rollWidthMm: number;
}

interface LabourRate {
  kind: SailSpec['kind'];
  hoursPerSqm: number;
  hourly: number;
}

export interface Quote {
  areaSqm: number;
  clothCost: number;
  labourCost: number;
  total: number;
  currency: string;
  backordered: boolean;
}

const LOFT_API = 'https://loft.example.internal/api';
const WASTE_FACTOR = 1.18; // panel nesting loses roughly this much cloth

function sailArea(spec: SailSpec): number {
  // Heron's formula on the three edges, in square metres
  const a = spec.luffMm / 1000;
  const b = spec.footMm / 1000;
  const c = spec.leechMm / 1000;
  const s = (a + b + c) / 2;
  return Math.sqrt(Math.max(0, s * (s - a) * (s - b) * (s - c)));
}

async function readJson<T>(res: Response, what: string): Promise<T> {
  if (!res.ok) {
    throw new Error(`${what} lookup failed with HTTP ${res.status}`);
  }
  return (await res.json()) as T;
}

export async function fetchPanelPricing(spec: SailSpec, options: QuoteOptions = {}) {
  const { signal, currency = 'EUR' } = options;

  const labourRes = await fetch(`${LOFT_API}/labour/${spec.kind}?currency=${currency}`, {
    headers: { accept: 'application/json' },
    signal,
  });
  const labour = await readJson<LabourRate>(labourRes, 'labour');

  const stockRes = await fetch(
    `${LOFT_API}/cloth/${encodeURIComponent(spec.cloth)}?currency=${currency}`,
    { headers: { accept: 'application/json' } },
  );
  const stock = await readJson<ClothStock>(stockRes, 'cloth');

  return { labour, stock, currency };
}

export async function buildQuote(spec: SailSpec, options: QuoteOptions = {}): Promise<Quote> {
  const { labour, stock, currency } = await fetchPanelPricing(spec, options);
  const areaSqm = sailArea(spec);
  const clothNeededSqm = areaSqm * WASTE_FACTOR;
  const clothMetres = clothNeededSqm / (stock.rollWidthMm / 1000);

  const clothCost = clothNeededSqm * stock.pricePerSqm;
  const labourCost = areaSqm * labour.hoursPerSqm * labour.hourly;

  return {
    areaSqm: Math.round(areaSqm * 100) / 100,
    clothCost: Math.round(clothCost),
    labourCost: Math.round(labourCost),
    total: Math.round(clothCost + labourCost),
    currency,
    backordered: clothMetres > stock.metresOnHand,
  };
}
