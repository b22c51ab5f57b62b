// expect: none
// afterEach runs every cleanup via allSettled and then throws an AggregateError carrying each rejected reason, so a failed teardown step still fails the test run.
import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function beforeEach(fn: () => Promise<void> | void): void;
declare function afterEach(fn: () => Promise<void> | void): void;
declare function expect(actual: unknown): { toBe(expected: unknown): void; toEqual(expected: unknown): void };

interface Ledger {
  post(entry: { account: string; amountCents: number; memo: string }): Promise<{ id: string; balanceCents: number }>;
  balance(account: string): Promise<number>;
  close(): Promise<void>;
}
declare function openLedger(opts: { databaseUrl: string; fxRatesUrl: string }): Promise<Ledger>;
declare function createScratchDatabase(): Promise<{ url: string; drop(): Promise<void> }>;

describe('ledger posting', () => {
  let ledger: Ledger;
  let cleanups: Array<() => Promise<void>> = [];

  beforeEach(async () => {
    const fxServer: Server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ EUR: 1.08, GBP: 1.27 }));
    });
    fxServer.listen(0, '127.0.0.1');
    await once(fxServer, 'listening');
    cleanups.push(() => new Promise<void>((resolve, reject) => fxServer.close((err) => (err ? reject(err) : resolve()))));

    const db = await createScratchDatabase();
    cleanups.push(() => db.drop());

    const { port } = fxServer.address() as AddressInfo;
    ledger = await openLedger({ databaseUrl: db.url, fxRatesUrl: `http://127.0.0.1:${port}/rates` });
    cleanups.push(() => ledger.close());
  });

  afterEach(async () => {
    const steps = cleanups;
    cleanups = [];
    const results = await Promise.allSettled(steps.map((step) => step()));
    const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failures.length > 0) {
      throw new AggregateError(
        failures.map((f) => f.reason),
        `${failures.length} of ${steps.length} teardown steps failed`,
      );
    }
  });

  it('accumulates postings into the account balance', async () => {
    await ledger.post({ account: 'acct-1', amountCents: 12_500, memo: 'invoice 881' });
    const second = await ledger.post({ account: 'acct-1', amountCents: -2_500, memo: 'refund' });
    expect(second.balanceCents).toBe(10_000);
    expect(await ledger.balance('acct-1')).toBe(10_000);
  });

  it('keeps accounts isolated', async () => {
    await ledger.post({ account: 'acct-2', amountCents: 700, memo: 'tip' });
    expect(await ledger.balance('acct-1')).toBe(0);
  });
});
