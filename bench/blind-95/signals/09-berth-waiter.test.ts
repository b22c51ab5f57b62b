// expect: require-signal-propagation
// waitForBerth holds an AbortSignal and passes it to the harbour API but sleeps between polls with an uncancellable timers/promises setTimeout, so an abort during the back-off is only noticed after the full poll interval.
import { describe, it, beforeEach, afterEach } from 'node:test';
import { mock } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface BerthStatus {
  berth: string;
  occupiedBy: string | null;
}

interface HarbourApi {
  status(berth: string, opts: { signal: AbortSignal }): Promise<BerthStatus>;
}

class BerthAllocator {
  constructor(
    private readonly harbour: HarbourApi,
    private readonly pollMs: number,
  ) {}

  async waitForBerth(berths: string[], signal: AbortSignal): Promise<string> {
    while (true) {
      signal.throwIfAborted();
      for (const berth of berths) {
        const status = await this.harbour.status(berth, { signal });
        if (status.occupiedBy === null) return berth;
      }
      await sleep(this.pollMs);
    }
  }
}

describe('BerthAllocator', () => {
  let harbour: { status: ReturnType<typeof mock.fn<HarbourApi['status']>> };
  let allocator: BerthAllocator;
  let controller: AbortController;

  beforeEach(() => {
    harbour = { status: mock.fn<HarbourApi['status']>(async (berth) => ({ berth, occupiedBy: 'MF Lote' })) };
    allocator = new BerthAllocator(harbour, 20);
    controller = new AbortController();
  });

  afterEach(() => {
    controller.abort();
    mock.restoreAll();
  });

  it('returns the first free berth in preference order', async () => {
    harbour.status.mock.mockImplementation(async (berth) => ({ berth, occupiedBy: berth === 'Skoltegrunnskaien 2' ? null : 'MF Lote' }));

    const berth = await allocator.waitForBerth(['Skoltegrunnskaien 1', 'Skoltegrunnskaien 2'], controller.signal);
    assert.equal(berth, 'Skoltegrunnskaien 2');
  });

  it('keeps polling until a berth frees up', async () => {
    let calls = 0;
    harbour.status.mock.mockImplementation(async (berth) => ({ berth, occupiedBy: ++calls >= 5 ? null : 'MF Fanafjord' }));

    const berth = await allocator.waitForBerth(['Halsnøy ferjekai'], controller.signal);
    assert.equal(berth, 'Halsnøy ferjekai');
    assert.equal(harbour.status.mock.callCount(), 5);
  });

  it('forwards the abort signal to the harbour API', async () => {
    controller.abort(new Error('ferry diverted'));

    await assert.rejects(allocator.waitForBerth(['Arsvågen'], controller.signal), /ferry diverted/);
    assert.equal(harbour.status.mock.callCount(), 0);
  });
});
