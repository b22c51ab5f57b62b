// expect: none
// Correct: promises are passed to assert.rejects (which expects a promise) and every other assertion compares awaited values.
import { test } from 'node:test';
import assert from 'node:assert/strict';

type Catalog = Record<string, string>;

interface TranslationProvider {
  translate(texts: string[], target: string): Promise<string[]>;
}

class LocalePipeline {
  private cache = new Map<string, Catalog>();

  constructor(
    private provider: TranslationProvider,
    private source: Catalog,
  ) {}

  async build(locale: string): Promise<Catalog> {
    if (!/^[a-z]{2}(-[A-Z]{2})?$/.test(locale)) {
      throw new RangeError(`invalid locale ${locale}`);
    }
    const cached = this.cache.get(locale);
    if (cached) return cached;

    const keys = Object.keys(this.source);
    const translated = await this.provider.translate(
      keys.map((k) => this.source[k]),
      locale,
    );
    if (translated.length !== keys.length) {
      throw new Error(`provider returned ${translated.length} strings, expected ${keys.length}`);
    }
    const catalog: Catalog = {};
    keys.forEach((k, i) => (catalog[k] = translated[i]));
    this.cache.set(locale, catalog);
    return catalog;
  }
}

function fakeProvider(dictionary: Record<string, string>) {
  let calls = 0;
  const provider: TranslationProvider = {
    async translate(texts) {
      calls++;
      return texts.map((t) => dictionary[t] ?? `[${t}]`);
    },
  };
  return { provider, calls: () => calls };
}

const source: Catalog = {
  'cart.empty': 'Your cart is empty',
  'cart.checkout': 'Checkout',
};

test('translates every key', async () => {
  const { provider } = fakeProvider({ 'Your cart is empty': 'Tu carrito está vacío', Checkout: 'Pagar' });
  const pipeline = new LocalePipeline(provider, source);
  const catalog = await pipeline.build('es');
  assert.deepEqual(catalog, { 'cart.empty': 'Tu carrito está vacío', 'cart.checkout': 'Pagar' });
});

test('caches built catalogs', async () => {
  const fake = fakeProvider({});
  const pipeline = new LocalePipeline(fake.provider, source);
  const first = await pipeline.build('de-DE');
  const second = await pipeline.build('de-DE');
  assert.equal(second, first);
  assert.equal(fake.calls(), 1);
});

test('rejects malformed locale codes', async () => {
  const pipeline = new LocalePipeline(fakeProvider({}).provider, source);
  await assert.rejects(pipeline.build('english'), RangeError);
});

test('rejects short provider responses', async () => {
  const provider: TranslationProvider = { translate: async () => ['only one'] };
  const pipeline = new LocalePipeline(provider, source);
  const pending = pipeline.build('fr');
  await assert.rejects(pending, /expected 2/);
});
