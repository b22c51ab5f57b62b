// expect: no-reused-settled-promise
// waitUntilSettled requests the lot status once and then re-awaits that same settled promise on every poll, so it never sees the lot change to sold and always runs out of polls with the stale 'bidding' state.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';

type LotState = 'bidding' | 'sold' | 'passed';

interface LotStatus {
  lotId: string;
  state: LotState;
  hammerPrice?: number;
}

interface SaleroomApi {
  status(lotId: string): Promise<LotStatus>;
  disconnect(): Promise<void>;
}

class SettlementWatcher {
  constructor(
    private readonly api: SaleroomApi,
    private readonly pause: (ms: number) => Promise<void>,
    private readonly pollMs = 1_000,
    private readonly maxPolls = 10,
  ) {}

  async waitUntilSettled(lotId: string): Promise<LotStatus> {
    const status = this.api.status(lotId);
    for (let poll = 0; poll < this.maxPolls; poll++) {
      const current = await status;
      if (current.state !== 'bidding') return current;
      await this.pause(this.pollMs);
    }
    throw new Error(`lot ${lotId} still open after ${this.maxPolls} polls`);
  }

  async close(): Promise<void> {
    await this.api.disconnect();
  }
}

describe('SettlementWatcher', () => {
  let states: LotStatus[];
  let status: ReturnType<typeof mock.fn<SaleroomApi['status']>>;
  let disconnect: ReturnType<typeof mock.fn<SaleroomApi['disconnect']>>;
  let pause: ReturnType<typeof mock.fn<(ms: number) => Promise<void>>>;
  let watcher: SettlementWatcher;

  beforeEach(() => {
    states = [];
    status = mock.fn<SaleroomApi['status']>(async (lotId) => states.shift() ?? { lotId, state: 'bidding' });
    disconnect = mock.fn<SaleroomApi['disconnect']>(async () => {});
    pause = mock.fn<(ms: number) => Promise<void>>(async () => {});
    watcher = new SettlementWatcher({ status, disconnect }, pause, 1_000, 5);
  });

  afterEach(async () => {
    await watcher.close();
    mock.restoreAll();
  });

  it('returns straight away for a lot that is already sold', async () => {
    states.push({ lotId: 'lot-8', state: 'sold', hammerPrice: 4_200 });
    assert.deepEqual(await watcher.waitUntilSettled('lot-8'), { lotId: 'lot-8', state: 'sold', hammerPrice: 4_200 });
    assert.equal(pause.mock.callCount(), 0);
  });

  it('keeps polling until the hammer falls', async () => {
    states.push(
      { lotId: 'lot-14', state: 'bidding' },
      { lotId: 'lot-14', state: 'bidding' },
      { lotId: 'lot-14', state: 'sold', hammerPrice: 11_500 },
    );
    const result = await watcher.waitUntilSettled('lot-14');
    assert.equal(result.hammerPrice, 11_500);
    assert.equal(pause.mock.callCount(), 2);
  });

  it('reports a lot that passes unsold', async () => {
    states.push({ lotId: 'lot-30', state: 'bidding' }, { lotId: 'lot-30', state: 'passed' });
    assert.equal((await watcher.waitUntilSettled('lot-30')).state, 'passed');
  });

  it('gives up after the configured number of polls', async () => {
    await assert.rejects(watcher.waitUntilSettled('lot-2'), /still open after 5 polls/);
    assert.equal(pause.mock.callCount(), 5);
  });
});
