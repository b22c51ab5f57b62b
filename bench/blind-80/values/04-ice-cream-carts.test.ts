// expect: none
// soldScoops is written in the 'sold' listener but only read after awaiting the sale together with once(cart, 'sold'), and every assertion compares awaited values, never the promises themselves.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';

interface Sale {
  flavour: string;
  scoops: number;
  cents: number;
}

class IceCreamCart extends EventEmitter {
  private stock = new Map<string, number>();

  constructor(private readonly pricePerScoopCents: number) {
    super();
  }

  restock(flavour: string, scoops: number): void {
    this.stock.set(flavour, (this.stock.get(flavour) ?? 0) + scoops);
  }

  async sell(flavour: string, scoops: number): Promise<Sale> {
    await new Promise<void>((resolve) => setImmediate(resolve)); // till round-trip
    const left = this.stock.get(flavour) ?? 0;
    if (left < scoops) throw new Error(`only ${left} scoops of ${flavour} left`);
    this.stock.set(flavour, left - scoops);
    const sale = { flavour, scoops, cents: scoops * this.pricePerScoopCents };
    this.emit('sold', sale);
    return sale;
  }

  async scoopsLeft(flavour: string): Promise<number> {
    return this.stock.get(flavour) ?? 0;
  }
}

describe('IceCreamCart', () => {
  let cart: IceCreamCart;

  beforeEach(() => {
    cart = new IceCreamCart(250);
    cart.restock('pistachio', 10);
    cart.restock('lemon sorbet', 2);
  });

  it('charges per scoop', async () => {
    const sale = await cart.sell('pistachio', 3);
    assert.equal(sale.cents, 750);
    assert.equal(await cart.scoopsLeft('pistachio'), 7);
  });

  it('emits a sold event with the scoop count', async () => {
    let soldScoops = 0;
    cart.on('sold', (sale: Sale) => {
      soldScoops += sale.scoops;
    });
    const [sale] = await Promise.all([cart.sell('lemon sorbet', 2), once(cart, 'sold')]);
    assert.equal(soldScoops, 2);
    assert.deepEqual(sale, { flavour: 'lemon sorbet', scoops: 2, cents: 500 });
  });

  it('refuses to oversell', async () => {
    await assert.rejects(cart.sell('lemon sorbet', 3), /only 2 scoops/);
    assert.equal(await cart.scoopsLeft('lemon sorbet'), 2);
  });

  it('handles a queue of customers in order', async () => {
    const results = await Promise.all([
      cart.sell('pistachio', 4),
      cart.sell('pistachio', 4),
      cart.sell('pistachio', 4).catch((err: Error) => err.message),
    ]);
    assert.equal(typeof results[2], 'string');
    assert.equal(await cart.scoopsLeft('pistachio'), 2);
  });
});
