// expect: none
// Every assertion awaits the async availability check first (or uses assert.rejects on the promise), so the tests compare real booleans and numbers rather than promises.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

interface ShelfEntry {
  herb: string;
  grams: number;
  expires: string;
}

class HerbAvailability {
  constructor(private readonly baseUrl: string, private readonly today: () => Date = () => new Date()) {}

  private async shelf(herb: string): Promise<ShelfEntry[]> {
    const res = await fetch(`${this.baseUrl}/shelf/${encodeURIComponent(herb)}`);
    if (res.status === 404) throw new Error(`Unknown herb: ${herb}`);
    if (!res.ok) throw new Error(`Shelf service error ${res.status}`);
    return (await res.json()) as ShelfEntry[];
  }

  async usableGrams(herb: string): Promise<number> {
    const now = this.today().getTime();
    const entries = await this.shelf(herb);
    return entries.filter((e) => Date.parse(e.expires) > now).reduce((sum, e) => sum + e.grams, 0);
  }

  async isAvailable(herb: string, grams: number): Promise<boolean> {
    return (await this.usableGrams(herb)) >= grams;
  }
}

const shelves: Record<string, ShelfEntry[]> = {
  peppermint: [
    { herb: 'peppermint', grams: 300, expires: '2031-01-01' },
    { herb: 'peppermint', grams: 200, expires: '2020-01-01' },
  ],
  'st johns wort': [{ herb: 'st johns wort', grams: 40, expires: '2031-06-01' }],
};

describe('HerbAvailability', () => {
  let server: Server;
  let availability: HerbAvailability;

  before(async () => {
    server = createServer((req, res) => {
      const herb = decodeURIComponent((req.url ?? '').replace('/shelf/', ''));
      const entries = shelves[herb];
      res.statusCode = entries ? 200 : 404;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(entries ?? { error: 'not found' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const { port } = server.address() as AddressInfo;
    availability = new HerbAvailability(`http://127.0.0.1:${port}`, () => new Date('2025-05-01'));
  });

  after(async () => {
    await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
  });

  test('counts only unexpired stock', async () => {
    assert.equal(await availability.usableGrams('peppermint'), 300);
  });

  test('reports availability against the requested amount', async () => {
    assert.equal(await availability.isAvailable('peppermint', 250), true);
    assert.equal(await availability.isAvailable('st johns wort', 50), false);
  });

  test('rejects for herbs the shop does not stock', async () => {
    await assert.rejects(availability.isAvailable('mandrake', 1), /Unknown herb: mandrake/);
  });
});
