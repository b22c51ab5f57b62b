// expect: no-floating-promises
// assert.rejects() returns a promise that is not awaited, so the rate-limit test finishes before the assertion settles and its failure goes unobserved.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface Order {
  id: string;
  domains: string[];
  status: 'pending' | 'ready' | 'valid' | 'invalid';
}

class RateLimitedError extends Error {
  constructor(readonly retryAfter: number) {
    super(`rateLimited: retry after ${retryAfter}s`);
  }
}

class FakeAcmeDirectory {
  ordersCreated = 0;
  limit = Infinity;
  challengesPublished: string[] = [];

  async newOrder(domains: string[]): Promise<Order> {
    if (this.ordersCreated >= this.limit) throw new RateLimitedError(3600);
    this.ordersCreated++;
    return { id: `order-${this.ordersCreated}`, domains, status: 'pending' };
  }

  async publishDns01(domain: string, value: string): Promise<void> {
    this.challengesPublished.push(`_acme-challenge.${domain}=${value}`);
  }

  async finalize(order: Order): Promise<Order> {
    return { ...order, status: 'valid' };
  }
}

class CertificateRenewer {
  constructor(
    private readonly acme: FakeAcmeDirectory,
    private readonly renewBeforeDays = 30,
  ) {}

  needsRenewal(notAfter: Date, now = new Date()): boolean {
    return notAfter.getTime() - now.getTime() < this.renewBeforeDays * 86_400_000;
  }

  async renew(domains: string[]): Promise<Order> {
    const order = await this.acme.newOrder(domains);
    for (const domain of domains) {
      await this.acme.publishDns01(domain, `token-for-${order.id}`);
    }
    return this.acme.finalize(order);
  }
}

let acme: FakeAcmeDirectory;
let renewer: CertificateRenewer;

beforeEach(() => {
  acme = new FakeAcmeDirectory();
  renewer = new CertificateRenewer(acme);
});

test('renews when inside the renewal window', () => {
  const soon = new Date(Date.now() + 10 * 86_400_000);
  const later = new Date(Date.now() + 60 * 86_400_000);
  assert.equal(renewer.needsRenewal(soon), true);
  assert.equal(renewer.needsRenewal(later), false);
});

test('publishes a dns-01 record for every domain', async () => {
  const order = await renewer.renew(['example.com', 'www.example.com']);
  assert.equal(order.status, 'valid');
  assert.deepEqual(acme.challengesPublished, [
    '_acme-challenge.example.com=token-for-order-1',
    '_acme-challenge.www.example.com=token-for-order-1',
  ]);
});

test('surfaces rate limiting from the directory', async () => {
  acme.limit = 1;
  await renewer.renew(['api.example.com']);
  assert.rejects(renewer.renew(['api.example.com']), (err: unknown) => {
    assert.ok(err instanceof RateLimitedError);
    assert.equal(err.retryAfter, 3600);
    return true;
  });
  assert.equal(acme.ordersCreated, 1);
});
