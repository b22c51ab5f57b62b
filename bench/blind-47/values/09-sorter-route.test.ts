// expect: no-promise-as-value
// One test asserts assert.ok(table.has(...)) on the un-awaited promise, which is always truthy, so the check can never fail.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

type Chute = `C${number}`;

interface RouteRule {
  prefix: string;
  chute: Chute;
  priority?: boolean;
}

class RouteTable {
  private rules: RouteRule[] = [];

  constructor(private readonly loadRules: () => Promise<RouteRule[]>) {}

  async reload(): Promise<number> {
    const rules = await this.loadRules();
    this.rules = [...rules].sort((a, b) => b.prefix.length - a.prefix.length);
    return this.rules.length;
  }

  async has(postcode: string): Promise<boolean> {
    return (await this.chuteFor(postcode)) !== null;
  }

  async chuteFor(postcode: string): Promise<Chute | null> {
    if (this.rules.length === 0) {
      await this.reload();
    }
    const normalised = postcode.replace(/\s+/g, '').toUpperCase();
    const rule = this.rules.find((r) => normalised.startsWith(r.prefix));
    return rule?.chute ?? null;
  }

  async priorityChutes(): Promise<Chute[]> {
    if (this.rules.length === 0) {
      await this.reload();
    }
    return [...new Set(this.rules.filter((r) => r.priority).map((r) => r.chute))];
  }
}

const RULES: RouteRule[] = [
  { prefix: 'EH', chute: 'C4' },
  { prefix: 'EH1', chute: 'C1', priority: true },
  { prefix: 'G', chute: 'C7' },
  { prefix: 'AB10', chute: 'C9' },
];

describe('RouteTable', () => {
  let table: RouteTable;
  let loads: number;

  beforeEach(() => {
    loads = 0;
    table = new RouteTable(async () => {
      loads += 1;
      return RULES;
    });
  });

  it('prefers the longest matching prefix', async () => {
    assert.equal(await table.chuteFor('EH1 1YZ'), 'C1');
    assert.equal(await table.chuteFor('EH8 9AB'), 'C4');
  });

  it('normalises spacing and case', async () => {
    assert.equal(await table.chuteFor('ab10 1aa'), 'C9');
  });

  it('knows which postcodes it can route', async () => {
    await table.reload();
    assert.ok(table.has('G12 8QQ'));
    assert.equal(await table.has('ZE1 0AA'), false);
  });

  it('loads rules lazily, once', async () => {
    await table.chuteFor('G1 1AA');
    await table.chuteFor('G2 2BB');
    assert.equal(loads, 1);
  });

  it('lists priority chutes without duplicates', async () => {
    assert.deepEqual(await table.priorityChutes(), ['C1']);
  });
});
