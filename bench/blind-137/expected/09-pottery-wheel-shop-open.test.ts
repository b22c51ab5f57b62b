// expect: no-uncalled-async-function
// open() puts the loadTechnicians method itself into Promise.all next to loadParts(), so the technician list is never fetched.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface Part {
  sku: string;
  fits: string[];
  stock: number;
}

interface Technician {
  name: string;
  skills: string[];
}

interface ShopBackend {
  parts(): Promise<Part[]>;
  technicians(): Promise<Technician[]>;
}

class RepairShop {
  private parts = new Map<string, Part>();
  private technicians: Technician[] = [];
  opened = false;

  constructor(private readonly backend: ShopBackend) {}

  private async loadParts(): Promise<void> {
    const parts = await this.backend.parts();
    this.parts = new Map(parts.map((p) => [p.sku, p]));
  }

  private async loadTechnicians(): Promise<void> {
    this.technicians = await this.backend.technicians();
  }

  async open(): Promise<void> {
    await Promise.all([this.loadParts(), this.loadTechnicians]);
    this.opened = true;
  }

  partsFor(model: string): string[] {
    return [...this.parts.values()].filter((p) => p.fits.includes(model) && p.stock > 0).map((p) => p.sku);
  }

  assign(skill: string): string {
    const tech = this.technicians.find((t) => t.skills.includes(skill));
    if (!tech) throw new Error(`no technician for ${skill}`);
    return tech.name;
  }
}

const backend: ShopBackend = {
  async parts() {
    return [
      { sku: 'BRG-6203', fits: ['shimpo-vl', 'brent-b'], stock: 6 },
      { sku: 'BLT-220', fits: ['shimpo-vl'], stock: 0 },
      { sku: 'PDL-9', fits: ['brent-b'], stock: 2 },
    ];
  },
  async technicians() {
    return [{ name: 'Agnieszka', skills: ['bearing', 'motor'] }];
  },
};

describe('RepairShop', () => {
  let shop: RepairShop;

  before(async () => {
    shop = new RepairShop(backend);
    await shop.open();
  });

  after(() => {
    shop.opened = false;
  });

  test('marks itself open', () => {
    assert.equal(shop.opened, true);
  });

  test('lists in-stock parts for a model', () => {
    assert.deepEqual(shop.partsFor('shimpo-vl'), ['BRG-6203']);
    assert.deepEqual(shop.partsFor('brent-b'), ['BRG-6203', 'PDL-9']);
  });

  test('refuses skills nobody has', () => {
    assert.throws(() => shop.assign('splash-pan'), /no technician for splash-pan/);
  });
});
