// expect: none
// waitForSlot calls station.slotState() afresh on every poll iteration, so each check observes a new reading rather than a settled one.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

type SlotPhase = 'empty' | 'charging' | 'ready' | 'fault';

interface SlotState {
  slot: number;
  phase: SlotPhase;
  chargePct: number;
  packSerial?: string;
}

declare const station: {
  reset(): Promise<void>;
  insertPack(slot: number, serial: string, chargePct: number): Promise<void>;
  slotState(slot: number): Promise<SlotState>;
  swap(riderId: string, returnedSerial: string): Promise<{ slot: number; serial: string }>;
  setChargeRate(pctPerSecond: number): Promise<void>;
};

async function waitForSlot(
  slot: number,
  predicate: (s: SlotState) => boolean,
  timeoutMs = 5_000,
): Promise<SlotState> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await station.slotState(slot);
    if (predicate(state)) return state;
    if (Date.now() > deadline) {
      throw new Error(`slot ${slot} stuck in ${state.phase} at ${state.chargePct}%`);
    }
    await sleep(100);
  }
}

describe('battery swap station', () => {
  beforeEach(async () => {
    await station.reset();
    await station.setChargeRate(20);
  });

  it('marks a pack ready once it reaches 95%', async () => {
    await station.insertPack(3, 'PK-2201', 40);
    const state = await waitForSlot(3, (s) => s.phase === 'ready');
    assert.ok(state.chargePct >= 95);
    assert.equal(state.packSerial, 'PK-2201');
  });

  it('hands a rider the fullest ready pack', async () => {
    await station.insertPack(1, 'PK-1001', 96);
    await station.insertPack(2, 'PK-1002', 99);
    await waitForSlot(2, (s) => s.phase === 'ready');
    const swap = await station.swap('rider-77', 'PK-0450');
    assert.deepEqual(swap, { slot: 2, serial: 'PK-1002' });
  });

  it('puts the returned pack on charge in the freed slot', async () => {
    await station.insertPack(4, 'PK-3003', 98);
    await waitForSlot(4, (s) => s.phase === 'ready');
    const { slot } = await station.swap('rider-12', 'PK-0999');
    const state = await waitForSlot(slot, (s) => s.packSerial === 'PK-0999');
    assert.equal(state.phase, 'charging');
  });

  it('refuses a swap when nothing is ready', async () => {
    await station.insertPack(5, 'PK-5005', 10);
    await assert.rejects(station.swap('rider-5', 'PK-0001'), /no charged pack/);
  });
});
