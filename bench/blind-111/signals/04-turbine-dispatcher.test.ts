// expect: require-signal-propagation
// dispatch receives an AbortSignal and passes it to fetchPrice but not to submitBid, which accepts one, so cancelling a dispatch cannot stop an in-flight bid submission.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface GenerationWindow {
  startsAt: string;
  hours: number;
  expectedMW: number;
}

interface BidAck {
  bidId: string;
  accepted: boolean;
}

interface GridOperatorApi {
  fetchPrice(window: GenerationWindow, opts?: { signal?: AbortSignal }): Promise<number>;
  submitBid(
    bid: { window: GenerationWindow; pricePerMWh: number; volumeMW: number },
    opts?: { signal?: AbortSignal },
  ): Promise<BidAck>;
}

type DispatchOutcome = { status: 'skipped'; price: number } | { status: 'bid'; ack: BidAck; price: number };

class TurbineDispatcher {
  constructor(
    private readonly grid: GridOperatorApi,
    private readonly floorPricePerMWh: number,
    private readonly availabilityFactor = 0.92,
  ) {}

  async dispatch(window: GenerationWindow, signal?: AbortSignal): Promise<DispatchOutcome> {
    const price = await this.grid.fetchPrice(window, { signal });
    if (price < this.floorPricePerMWh) return { status: 'skipped', price };

    const volumeMW = Math.floor(window.expectedMW * this.availabilityFactor * 10) / 10;
    const ack = await this.grid.submitBid({ window, pricePerMWh: price, volumeMW });
    return { status: 'bid', ack, price };
  }
}

function fakeGrid(price: number) {
  const bids: Array<{ volumeMW: number; pricePerMWh: number }> = [];
  const api: GridOperatorApi = {
    async fetchPrice(_window, opts) {
      opts?.signal?.throwIfAborted();
      return price;
    },
    async submitBid(bid, opts) {
      opts?.signal?.throwIfAborted();
      bids.push({ volumeMW: bid.volumeMW, pricePerMWh: bid.pricePerMWh });
      return { bidId: `B${bids.length}`, accepted: true };
    },
  };
  return { api, bids };
}

const ebbWindow: GenerationWindow = { startsAt: '2024-03-11T04:30:00Z', hours: 3, expectedMW: 212 };

describe('TurbineDispatcher', () => {
  let controller: AbortController;

  before(() => {
    controller = new AbortController();
  });

  after(() => {
    controller.abort();
  });

  test('bids the available volume when the price clears the floor', async () => {
    const { api, bids } = fakeGrid(84.5);
    const outcome = await new TurbineDispatcher(api, 60).dispatch(ebbWindow, controller.signal);
    assert.equal(outcome.status, 'bid');
    assert.deepEqual(bids, [{ volumeMW: 195, pricePerMWh: 84.5 }]);
  });

  test('skips windows priced under the floor', async () => {
    const { api, bids } = fakeGrid(41);
    const outcome = await new TurbineDispatcher(api, 60).dispatch(ebbWindow, controller.signal);
    assert.deepEqual(outcome, { status: 'skipped', price: 41 });
    assert.equal(bids.length, 0);
  });

  test('does not bid once the dispatch was cancelled', async () => {
    const { api, bids } = fakeGrid(90);
    const cancelled = AbortSignal.abort();
    await assert.rejects(new TurbineDispatcher(api, 60).dispatch(ebbWindow, cancelled), { name: 'AbortError' });
    assert.equal(bids.length, 0);
  });
});
