// expect: none
// Quote and stock status are awaited together, and every use (the ?? fallbacks, the === check, the JSON body) reads an awaited value, never a promise.
export interface Carving {
  pieceId: string;
  title: string;
  wood: 'oak' | 'cedar' | 'cypress' | 'unknown';
  heightCm: number;
  foundAt: string;
  carver: string;
}

export interface CatalogEntry {
  pieceId: string;
  title: string;
  priceCents: number;
  currency: string;
  status: 'available' | 'reserved' | 'sold';
}

declare const pricing: {
  quote(pieceId: string): Promise<{ cents: number; currency: string } | null>;
};
declare const inventory: {
  status(pieceId: string): Promise<CatalogEntry['status']>;
};
declare const storefront: {
  publish(path: string, body: string): Promise<void>;
};

const CENTS_PER_CM: Record<Carving['wood'], number> = { oak: 900, cedar: 700, cypress: 800, unknown: 500 };

function fallbackPrice(carving: Carving): number {
  return Math.round(carving.heightCm * CENTS_PER_CM[carving.wood]);
}

async function catalogEntry(carving: Carving): Promise<CatalogEntry> {
  const [quote, status] = await Promise.all([
    pricing.quote(carving.pieceId),
    inventory.status(carving.pieceId).catch((): CatalogEntry['status'] => 'available'),
  ]);
  return {
    pieceId: carving.pieceId,
    title: carving.title,
    priceCents: quote?.cents ?? fallbackPrice(carving),
    currency: quote?.currency ?? 'EUR',
    status,
  };
}

export async function publishCatalog(carver: string, carvings: readonly Carving[]): Promise<number> {
  const mine = carvings.filter((carving) => carving.carver === carver);
  const entries = await Promise.all(mine.map((carving) => catalogEntry(carving)));
  const forSale = entries.filter((entry) => entry.status === 'available');

  const body = JSON.stringify({
    carver,
    generatedAt: new Date().toISOString(),
    pieces: forSale.map((entry) => ({
      id: entry.pieceId,
      title: entry.title,
      price: `${(entry.priceCents / 100).toFixed(2)} ${entry.currency}`,
    })),
  });
  await storefront.publish(`/carvers/${encodeURIComponent(carver)}/catalog.json`, body);
  return forSale.length;
}

export async function isSold(pieceId: string): Promise<boolean> {
  const status = await inventory.status(pieceId);
  return status === 'sold';
}

export function provenance(carving: Carving): string {
  const wood = carving.wood === 'unknown' ? 'driftwood of unknown species' : `${carving.wood} driftwood`;
  return `${carving.title}: ${wood} found at ${carving.foundAt}, carved by ${carving.carver}`;
}
