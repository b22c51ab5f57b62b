// expect: no-reused-settled-promise
// waitUntil() is handed one isReadyForPickup() promise and re-awaits that same settled promise on each poll, so the hold status is never re-checked.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

type HoldStatus = 'queued' | 'in-transit' | 'ready' | 'expired';

interface Hold {
  patronId: string;
  isbn: string;
  pickupBranch: string;
  status: HoldStatus;
}

class FakeHoldsService {
  private holds = new Map<string, Hold>();
  private nextId = 1;

  place(patronId: string, isbn: string, pickupBranch: string): string {
    const id = `H${this.nextId++}`;
    this.holds.set(id, { patronId, isbn, pickupBranch, status: 'queued' });
    return id;
  }

  // simulates the courier van: queued -> in-transit -> ready
  ship(id: string, transitMs: number): void {
    const hold = this.holds.get(id);
    if (!hold) throw new Error(`unknown hold ${id}`);
    hold.status = 'in-transit';
    setTimeout(() => {
      hold.status = 'ready';
    }, transitMs);
  }

  async isReadyForPickup(id: string): Promise<boolean> {
    await sleep(1);
    return this.holds.get(id)?.status === 'ready';
  }

  async status(id: string): Promise<HoldStatus | undefined> {
    return this.holds.get(id)?.status;
  }
}

async function waitUntil(check: Promise<boolean>, { timeoutMs = 500, intervalMs = 10 } = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check) return;
    await sleep(intervalMs);
  }
  throw new Error(`condition not met within ${timeoutMs}ms`);
}

describe('holds pickup flow', () => {
  let holds: FakeHoldsService;

  beforeEach(() => {
    holds = new FakeHoldsService();
  });

  it('marks a shipped hold ready once the van arrives', async () => {
    const id = holds.place('P-2231', '9780140449136', 'Eastside');
    holds.ship(id, 40);

    await waitUntil(holds.isReadyForPickup(id));

    assert.equal(await holds.status(id), 'ready');
  });

  it('leaves unshipped holds in the queue', async () => {
    const id = holds.place('P-0418', '9780553293357', 'Central');
    await sleep(20);
    assert.equal(await holds.isReadyForPickup(id), false);
    assert.equal(await holds.status(id), 'queued');
  });
});
