// expect: no-uncalled-async-function
// The second Promise.all maps each partner to its invalidateCache method instead of calling it, so partner caches are never invalidated and keep showing stale prices.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface Listing {
  sku: string;
  title: string;
  priceGbpPence: number;
}

interface PricedListing extends Listing {
  priceLocal: number;
  currency: string;
}

interface PartnerDealer {
  name: string;
  currency: 'EUR' | 'USD' | 'GBP';
  publish(listings: PricedListing[]): Promise<number>;
  invalidateCache(): Promise<void>;
}

interface RateSource {
  latest(): Promise<Record<'EUR' | 'USD' | 'GBP', number>>;
}

class DealerNetworkSync {
  constructor(
    private readonly partners: PartnerDealer[],
    private readonly rates: RateSource,
  ) {}

  async syncAll(listings: Listing[]): Promise<{ partners: number; published: number }> {
    const rates = await this.rates.latest();
    const counts = await Promise.all(
      this.partners.map((p) =>
        p.publish(
          listings.map((l) => ({
            ...l,
            currency: p.currency,
            priceLocal: Math.round(l.priceGbpPence * rates[p.currency]) / 100,
          })),
        ),
      ),
    );
    await Promise.all(this.partners.map((p) => p.invalidateCache));
    return { partners: this.partners.length, published: counts.reduce((a, b) => a + b, 0) };
  }
}

function fakePartner(name: string, currency: PartnerDealer['currency'], sink: Map<string, PricedListing[]>): PartnerDealer {
  return {
    name,
    currency,
    publish: async (listings) => {
      sink.set(name, listings);
      return listings.length;
    },
    invalidateCache: async () => {},
  };
}

describe('DealerNetworkSync', () => {
  const published = new Map<string, PricedListing[]>();
  const listings: Listing[] = [
    { sku: 'AM-00412', title: 'Speed, Map of Cornwall, 1611', priceGbpPence: 185_000 },
    { sku: 'AM-00977', title: 'Blaeu, Scotia Regnum, 1654', priceGbpPence: 240_000 },
  ];
  let sync: DealerNetworkSync;

  before(() => {
    sync = new DealerNetworkSync(
      [fakePartner('Antiquariat Kiel', 'EUR', published), fakePartner('Cartographica NYC', 'USD', published)],
      { latest: async () => ({ EUR: 1.17, USD: 1.27, GBP: 1 }) },
    );
  });

  after(() => {
    published.clear();
  });

  test('publishes every listing to every partner', async () => {
    const summary = await sync.syncAll(listings);
    assert.deepEqual(summary, { partners: 2, published: 4 });
  });

  test('converts prices into each partner currency', async () => {
    await sync.syncAll(listings);
    const kiel = published.get('Antiquariat Kiel');
    assert.ok(kiel);
    assert.equal(kiel[0].currency, 'EUR');
    assert.equal(kiel[0].priceLocal, 2164.5);
    assert.equal(published.get('Cartographica NYC')?.[1].priceLocal, 3048);
  });
});
