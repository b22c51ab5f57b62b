// expect: none
// Every started promise is awaited or handed straight to assert.rejects/Promise.all, and the allSettled results are narrowed on status before value or reason is read.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface CargoItem {
  id: string;
  kg: number;
  fragile: boolean;
}

interface Gondola {
  id: string;
  maxKg: number;
  load: CargoItem[];
}

class RopewayLoader {
  private readonly gondolas = new Map<string, Gondola>();

  addGondola(id: string, maxKg: number): void {
    this.gondolas.set(id, { id, maxKg, load: [] });
  }

  async load(gondolaId: string, item: CargoItem): Promise<number> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    const g = this.gondolas.get(gondolaId);
    if (!g) throw new Error(`no gondola ${gondolaId}`);
    const current = g.load.reduce((s, i) => s + i.kg, 0);
    if (current + item.kg > g.maxKg) throw new Error(`${item.id} would overload ${gondolaId}`);
    g.load.push(item);
    return current + item.kg;
  }

  async loadAll(gondolaId: string, items: CargoItem[]): Promise<{ loaded: string[]; refused: string[] }> {
    const outcomes = await Promise.allSettled(items.map((item) => this.load(gondolaId, item)));
    const loaded: string[] = [];
    const refused: string[] = [];
    outcomes.forEach((outcome, i) => {
      if (outcome.status === 'fulfilled') loaded.push(items[i].id);
      else refused.push(`${items[i].id}: ${(outcome.reason as Error).message}`);
    });
    return { loaded, refused };
  }
}

describe('ropeway cargo manifest', () => {
  let loader: RopewayLoader;

  beforeEach(() => {
    loader = new RopewayLoader();
    loader.addGondola('G1', 500);
    loader.addGondola('G2', 300);
  });

  it('accumulates load in a gondola', async () => {
    assert.equal(await loader.load('G1', { id: 'flour', kg: 200, fragile: false }), 200);
    assert.equal(await loader.load('G1', { id: 'beer', kg: 150, fragile: true }), 350);
  });

  it('refuses cargo that would overload the gondola', async () => {
    await loader.load('G2', { id: 'gas-bottles', kg: 250, fragile: false });
    await assert.rejects(loader.load('G2', { id: 'firewood', kg: 80, fragile: false }), /overload G2/);
  });

  it('reports which items were loaded and which were refused', async () => {
    const result = await loader.loadAll('G2', [
      { id: 'a', kg: 120, fragile: false },
      { id: 'b', kg: 120, fragile: false },
      { id: 'c', kg: 120, fragile: false },
    ]);
    assert.deepEqual(result.loaded, ['a', 'b']);
    assert.equal(result.refused.length, 1);
    assert.match(result.refused[0], /^c: c would overload G2$/);
  });

  it('loads separate gondolas in parallel', async () => {
    const totals = await Promise.all([
      loader.load('G1', { id: 'hut-supplies', kg: 400, fragile: false }),
      loader.load('G2', { id: 'glass-panes', kg: 90, fragile: true }),
    ]);
    assert.deepEqual(totals, [400, 90]);
  });

  it('rejects unknown gondolas', async () => {
    await assert.rejects(loader.load('G9', { id: 'x', kg: 1, fragile: false }), /no gondola G9/);
  });
});
