// expect: no-reused-settled-promise
// waitForState creates the status request once before the loop and re-awaits that same settled promise each poll, so it never sees the groomer's state change.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

type GroomerState = 'parked' | 'dispatched' | 'grooming' | 'returning';

interface GroomerStatus {
  unitId: string;
  state: GroomerState;
  trail: string | null;
  fuelPct: number;
}

class FakeFleetApi {
  private states = new Map<string, GroomerStatus>();

  register(unitId: string): void {
    this.states.set(unitId, { unitId, state: 'parked', trail: null, fuelPct: 100 });
  }

  async dispatch(unitId: string, trail: string): Promise<void> {
    const current = this.states.get(unitId);
    if (!current) throw new Error(`unknown unit ${unitId}`);
    this.states.set(unitId, { ...current, state: 'dispatched', trail });
    // The cab takes a moment to acknowledge before the blade drops.
    setTimeout(() => {
      const s = this.states.get(unitId);
      if (s && s.state === 'dispatched') this.states.set(unitId, { ...s, state: 'grooming' });
    }, 30);
  }

  async status(unitId: string): Promise<GroomerStatus> {
    await sleep(1);
    const s = this.states.get(unitId);
    if (!s) throw new Error(`unknown unit ${unitId}`);
    return { ...s };
  }
}

async function waitForState(api: FakeFleetApi, unitId: string, wanted: GroomerState, timeoutMs = 500): Promise<GroomerStatus> {
  const deadline = Date.now() + timeoutMs;
  const pending = api.status(unitId);
  while (Date.now() < deadline) {
    const status = await pending;
    if (status.state === wanted) return status;
    await sleep(10);
  }
  throw new Error(`unit ${unitId} did not reach ${wanted} within ${timeoutMs}ms`);
}

describe('groomer dispatch', () => {
  let api: FakeFleetApi;

  beforeEach(() => {
    api = new FakeFleetApi();
    api.register('PB-600-2');
    api.register('PB-400-7');
  });

  it('moves a dispatched groomer into grooming', async () => {
    await api.dispatch('PB-600-2', 'Upper Ridge');
    const status = await waitForState(api, 'PB-600-2', 'grooming');
    assert.equal(status.trail, 'Upper Ridge');
  });

  it('leaves other units parked', async () => {
    await api.dispatch('PB-600-2', 'Bunny Slope');
    await waitForState(api, 'PB-600-2', 'grooming');
    const other = await api.status('PB-400-7');
    assert.equal(other.state, 'parked');
    assert.equal(other.trail, null);
  });

  it('rejects unknown units', async () => {
    await assert.rejects(api.dispatch('PB-999-0', 'Glades'), /unknown unit/);
  });
});
