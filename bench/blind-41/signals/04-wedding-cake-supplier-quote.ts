// expect: none
// Only supplier failures fall back to the price list: when the caller's signal has aborted, the catch rethrows the abort reason unchanged.
import { readFile } from 'node:fs/promises';

export interface CakeSpec {
  tiers: number;
  servings: number;
  flavour: string;
  sugarFlowers: number;
  deliveryPostcode: string;
}

export interface Quote {
  source: 'supplier' | 'price-list';
  ingredientsCents: number;
  sugarworkCents: number;
  deliveryCents: number;
  totalCents: number;
}

interface PriceList {
  perServingCents: Record<string, number>;
  perSugarFlowerCents: number;
  deliveryBandCents: Record<string, number>;
}

declare const supplierEndpoint: string;
declare const priceListPath: string;
declare const bakeryLog: {
  warn(msg: string, meta?: Record<string, unknown>): void;
};

async function loadPriceList(signal: AbortSignal): Promise<PriceList> {
  return JSON.parse(await readFile(priceListPath, { encoding: 'utf8', signal })) as PriceList;
}

function quoteFromPriceList(spec: CakeSpec, list: PriceList): Quote {
  const ingredientsCents = (list.perServingCents[spec.flavour] ?? list.perServingCents.default ?? 450) * spec.servings;
  const sugarworkCents = spec.sugarFlowers * list.perSugarFlowerCents;
  const band = spec.deliveryPostcode.slice(0, 2).toUpperCase();
  const deliveryCents = list.deliveryBandCents[band] ?? list.deliveryBandCents.default ?? 4500;
  return {
    source: 'price-list',
    ingredientsCents,
    sugarworkCents,
    deliveryCents,
    totalCents: ingredientsCents + sugarworkCents + deliveryCents,
  };
}

async function supplierQuote(spec: CakeSpec, signal: AbortSignal): Promise<Quote> {
  const res = await fetch(supplierEndpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(spec),
    signal,
  });
  if (!res.ok) throw new Error(`supplier quote failed: ${res.status}`);
  const body = (await res.json()) as Omit<Quote, 'source' | 'totalCents'>;
  return {
    source: 'supplier',
    ...body,
    totalCents: body.ingredientsCents + body.sugarworkCents + body.deliveryCents,
  };
}

export async function quoteCake(spec: CakeSpec, signal: AbortSignal): Promise<Quote> {
  if (spec.tiers < 1 || spec.servings < 1) throw new RangeError('a cake needs at least one tier and one serving');
  try {
    return await supplierQuote(spec, signal);
  } catch (err) {
    if (signal.aborted) throw signal.reason;
    bakeryLog.warn('supplier quote unavailable, using price list', { err: String(err) });
    const list = await loadPriceList(signal);
    return quoteFromPriceList(spec, list);
  }
}
