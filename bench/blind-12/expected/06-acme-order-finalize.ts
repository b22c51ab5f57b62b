// expect: no-reused-settled-promise
// The polling loop awaits the same getOrder promise on every iteration, so it never re-fetches the order status.
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

type OrderStatus = 'pending' | 'ready' | 'processing' | 'valid' | 'invalid';

interface AcmeOrder {
  status: OrderStatus;
  authorizations: string[];
  finalize: string;
  certificate?: string;
  error?: { detail: string };
}

declare const acme: {
  newOrder(identifiers: { type: 'dns'; value: string }[]): Promise<{ url: string; order: AcmeOrder }>;
  getOrder(url: string): Promise<AcmeOrder>;
  completeDnsChallenges(authorizations: string[]): Promise<void>;
  finalize(finalizeUrl: string, csrDer: Buffer): Promise<AcmeOrder>;
  downloadCertificate(url: string): Promise<string>;
};

declare function buildCsr(domains: string[]): Promise<{ der: Buffer; keyPem: string }>;

export interface IssuedCertificate {
  domains: string[];
  certificatePem: string;
  keyPem: string;
  fingerprint: string;
}

const POLL_INTERVAL_MS = 2_000;
const POLL_TIMEOUT_MS = 120_000;

async function waitForStatus(orderUrl: string, wanted: OrderStatus, signal?: AbortSignal): Promise<AcmeOrder> {
  const deadline = Date.now() + POLL_TIMEOUT_MS;
  const current = acme.getOrder(orderUrl);
  while (Date.now() < deadline) {
    signal?.throwIfAborted();
    const order = await current;
    if (order.status === wanted) return order;
    if (order.status === 'invalid') {
      throw new Error(`order ${orderUrl} became invalid: ${order.error?.detail ?? 'unknown'}`);
    }
    await sleep(POLL_INTERVAL_MS, undefined, { signal });
  }
  throw new Error(`timed out waiting for order ${orderUrl} to become ${wanted}`);
}

export async function renewCertificate(domains: string[], signal?: AbortSignal): Promise<IssuedCertificate> {
  const { url, order } = await acme.newOrder(domains.map((value) => ({ type: 'dns' as const, value })));

  if (order.status === 'pending') {
    await acme.completeDnsChallenges(order.authorizations);
    await waitForStatus(url, 'ready', signal);
  }

  const csr = await buildCsr(domains);
  const finalized = await acme.finalize(order.finalize, csr.der);
  const valid = finalized.status === 'valid' ? finalized : await waitForStatus(url, 'valid', signal);
  if (!valid.certificate) {
    throw new Error(`order ${url} is valid but has no certificate URL`);
  }

  const certificatePem = await acme.downloadCertificate(valid.certificate);
  const fingerprint = createHash('sha256').update(certificatePem).digest('hex');
  return { domains, certificatePem, keyPem: csr.keyPem, fingerprint };
}
