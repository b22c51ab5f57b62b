// expect: none
// The renewal promises that are held while mock timers are ticked are wrapped in assert.rejects or Promise.all at the moment they are created, so each has a handler before any other await and a rejection is never left unobserved.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';

interface Licence {
  ringId: string;
  keeper: string;
  expires: number;
}

interface LicenceApi {
  renew(ringId: string): Promise<Licence>;
}

class RenewalService {
  private readonly inflight = new Map<string, Promise<Licence>>();

  constructor(private readonly api: LicenceApi, private readonly graceMs: number) {}

  renew(ringId: string): Promise<Licence> {
    const existing = this.inflight.get(ringId);
    if (existing) return existing;
    const attempt = this.renewWithGrace(ringId).finally(() => this.inflight.delete(ringId));
    this.inflight.set(ringId, attempt);
    return attempt;
  }

  private async renewWithGrace(ringId: string): Promise<Licence> {
    await new Promise<void>((resolve) => setTimeout(resolve, this.graceMs));
    const licence = await this.api.renew(ringId);
    if (licence.expires <= Date.now()) throw new Error(`licence for ${ringId} came back already expired`);
    return licence;
  }

  get pending(): number {
    return this.inflight.size;
  }
}

describe('RenewalService', () => {
  let api: { renew: ReturnType<typeof mock.fn<LicenceApi['renew']>> };
  let service: RenewalService;

  beforeEach(() => {
    mock.timers.enable({ apis: ['setTimeout', 'Date'], now: 1_700_000_000_000 });
    api = { renew: mock.fn<LicenceApi['renew']>(async (ringId) => ({ ringId, keeper: 'E. Hale', expires: Date.now() + 86_400_000 })) };
    service = new RenewalService(api, 1_000);
  });

  afterEach(() => {
    mock.timers.reset();
    mock.restoreAll();
  });

  it('coalesces concurrent renewals for the same bird', async () => {
    const both = Promise.all([service.renew('GB-77'), service.renew('GB-77')]);
    mock.timers.tick(1_000);
    const [a, b] = await both;
    assert.equal(a, b);
    assert.equal(api.renew.mock.callCount(), 1);
  });

  it('rejects a licence that is already expired', async () => {
    api.renew.mock.mockImplementationOnce(async (ringId) => ({ ringId, keeper: 'E. Hale', expires: 0 }));
    const rejection = assert.rejects(service.renew('GB-78'), /already expired/);
    mock.timers.tick(1_000);
    await rejection;
    assert.equal(service.pending, 0);
  });

  it('propagates API failures and allows a fresh attempt', async () => {
    api.renew.mock.mockImplementationOnce(async () => {
      throw new Error('registry offline');
    });
    const first = assert.rejects(service.renew('GB-79'), /registry offline/);
    mock.timers.tick(1_000);
    await first;

    const second = service.renew('GB-79');
    mock.timers.tick(1_000);
    const licence = await second;
    assert.equal(licence.ringId, 'GB-79');
  });
});
