// expect: none
// assert.rejects receives a started promise or a thunk it calls itself, and the shared revocation promise is awaited twice deliberately to prove concurrent scanners reuse one download.
import { describe, it, beforeEach } from 'node:test';
import { strict as assert } from 'node:assert';
import { createHmac } from 'node:crypto';

type ScanResult = { ok: true; seat: string } | { ok: false; reason: 'revoked' | 'bad-signature' | 'wrong-event' };

class BarcodeValidator {
  private revocations: Promise<Set<string>> | null = null;
  downloads = 0;

  constructor(
    private readonly eventId: string,
    private readonly secret: string,
    private readonly fetchRevoked: () => Promise<string[]>,
  ) {}

  loadRevocations(): Promise<Set<string>> {
    this.revocations ??= this.fetchRevoked().then((ids) => {
      this.downloads++;
      return new Set(ids);
    });
    return this.revocations;
  }

  async isRevoked(ticketId: string): Promise<boolean> {
    return (await this.loadRevocations()).has(ticketId);
  }

  async verify(barcode: string): Promise<ScanResult> {
    const [eventId, ticketId, seat, sig] = barcode.split('.');
    if (!sig) throw new Error('malformed barcode');
    if (eventId !== this.eventId) return { ok: false, reason: 'wrong-event' };
    const expected = createHmac('sha256', this.secret).update(`${eventId}.${ticketId}.${seat}`).digest('hex').slice(0, 16);
    if (expected !== sig) return { ok: false, reason: 'bad-signature' };
    if (await this.isRevoked(ticketId)) return { ok: false, reason: 'revoked' };
    return { ok: true, seat };
  }
}

function sign(secret: string, eventId: string, ticketId: string, seat: string): string {
  const sig = createHmac('sha256', secret).update(`${eventId}.${ticketId}.${seat}`).digest('hex').slice(0, 16);
  return `${eventId}.${ticketId}.${seat}.${sig}`;
}

describe('BarcodeValidator', () => {
  const secret = 'gate-b-test-secret';
  let validator: BarcodeValidator;

  beforeEach(() => {
    validator = new BarcodeValidator('ARENA-0612', secret, async () => ['T-0099', 'T-0100']);
  });

  it('admits a correctly signed ticket', async () => {
    const result = await validator.verify(sign(secret, 'ARENA-0612', 'T-0001', 'B12'));
    assert.deepEqual(result, { ok: true, seat: 'B12' });
  });

  it('flags revoked tickets', async () => {
    const result = await validator.verify(sign(secret, 'ARENA-0612', 'T-0100', 'C03'));
    assert.deepEqual(result, { ok: false, reason: 'revoked' });
  });

  it('rejects malformed barcodes', async () => {
    await assert.rejects(validator.verify('ARENA-0612.T-0001'), /malformed/);
    await assert.rejects(() => validator.verify(''), /malformed/);
  });

  it('shares one revocation download between concurrent scanners', async () => {
    const first = validator.loadRevocations();
    const second = validator.loadRevocations();
    assert.equal(first, second);

    const [a, b] = await Promise.all([first, second]);
    assert.equal(a, b);
    assert.equal((await first).size, 2);
    assert.equal(validator.downloads, 1);
  });

  it('surfaces a failed revocation download to the scanner', async () => {
    const offline = new BarcodeValidator('ARENA-0612', secret, () => Promise.reject(new Error('ECONNRESET')));
    await assert.rejects(() => offline.verify(sign(secret, 'ARENA-0612', 'T-0005', 'A01')), /ECONNRESET/);
  });
});
