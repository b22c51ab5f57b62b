// expect: no-unchecked-settled-results
// The before() hook treats every allSettled result as a seeded block without checking status, so failed seeds silently become fixtures.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';

type Aspect = 'red' | 'yellow' | 'double-yellow' | 'green';

interface BlockSection {
  id: string;
  line: string;
  next: string | null;
  occupied: boolean;
}

interface SignalSimulator {
  seedBlock(block: BlockSection): Promise<string>;
  setOccupied(blockId: string, occupied: boolean): Promise<void>;
  aspectOf(blockId: string): Promise<Aspect>;
  reset(): Promise<void>;
}

declare function connectSimulator(url: string): Promise<SignalSimulator>;

function aspectFor(block: BlockSection, byId: Map<string, BlockSection>): Aspect {
  const ahead1 = block.next ? byId.get(block.next) : undefined;
  if (!ahead1 || ahead1.occupied) return 'red';
  const ahead2 = ahead1.next ? byId.get(ahead1.next) : undefined;
  if (!ahead2 || ahead2.occupied) return 'yellow';
  const ahead3 = ahead2.next ? byId.get(ahead2.next) : undefined;
  if (!ahead3 || ahead3.occupied) return 'double-yellow';
  return 'green';
}

const FIXTURE_BLOCKS: BlockSection[] = [
  { id: 'N-101', line: 'north', next: 'N-102', occupied: false },
  { id: 'N-102', line: 'north', next: 'N-103', occupied: false },
  { id: 'N-103', line: 'north', next: 'N-104', occupied: false },
  { id: 'N-104', line: 'north', next: 'N-105', occupied: false },
  { id: 'N-105', line: 'north', next: null, occupied: false },
];

describe('four-aspect signalling against the simulator', () => {
  let sim: SignalSimulator;
  let seededIds: string[] = [];

  before(async () => {
    sim = await connectSimulator(process.env.SIGNAL_SIM_URL ?? 'http://127.0.0.1:7740');
    await sim.reset();
    const seeded = await Promise.allSettled(FIXTURE_BLOCKS.map((b) => sim.seedBlock(b)));
    seededIds = seeded.map((_, i) => FIXTURE_BLOCKS[i].id);
  });

  after(async () => {
    await sim.reset();
  });

  it('shows green with three clear blocks ahead', async () => {
    assert.equal(seededIds.length, FIXTURE_BLOCKS.length);
    assert.equal(await sim.aspectOf('N-101'), 'green');
  });

  it('steps down the aspects behind an occupied block', async () => {
    await sim.setOccupied('N-104', true);
    try {
      const aspects = await Promise.all(['N-101', 'N-102', 'N-103'].map((id) => sim.aspectOf(id)));
      assert.deepEqual(aspects, ['double-yellow', 'yellow', 'red']);
    } finally {
      await sim.setOccupied('N-104', false);
    }
  });

  it('agrees with the reference aspect function for every seeded block', async () => {
    const byId = new Map(FIXTURE_BLOCKS.map((b) => [b.id, b]));
    for (const id of seededIds) {
      const block = byId.get(id);
      assert.ok(block, `fixture ${id} missing`);
      assert.equal(await sim.aspectOf(id), aspectFor(block, byId), `aspect mismatch at ${id}`);
    }
  });
});
