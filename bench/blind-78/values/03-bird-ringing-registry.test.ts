// expect: no-promise-as-value
// The retrap test asserts assert.ok(registry.isKnownRing(...)) on the un-awaited promise, which is always truthy, so the check passes even when the ring was never registered.
import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';

interface Capture {
  ringNumber: string;
  species: string;
  station: string;
  capturedAt: string;
  wingMm: number;
  fatScore: 0 | 1 | 2 | 3 | 4 | 5;
}

interface RingRegistry {
  register(capture: Capture): Promise<{ isNew: boolean }>;
  isKnownRing(ringNumber: string): Promise<boolean>;
  history(ringNumber: string): Promise<Capture[]>;
  clear(): Promise<void>;
}

declare function createRegistry(options: { station: string; inMemory: true }): RingRegistry;

function capture(ringNumber: string, overrides: Partial<Capture> = {}): Capture {
  return {
    ringNumber,
    species: 'Acrocephalus scirpaceus',
    station: 'reedbed-south',
    capturedAt: '2024-05-02T05:30:00Z',
    wingMm: 66,
    fatScore: 1,
    ...overrides,
  };
}

describe('ringing station registry', () => {
  let registry: RingRegistry;

  beforeEach(async () => {
    registry = createRegistry({ station: 'reedbed-south', inMemory: true });
    await registry.clear();
  });

  it('treats a first capture as a new ring', async () => {
    const result = await registry.register(capture('X123456'));
    assert.equal(result.isNew, true);
  });

  it('recognises a retrap of a bird ringed earlier in the season', async () => {
    await registry.register(capture('X123457'));
    const retrap = await registry.register(capture('X123457', { capturedAt: '2024-07-19T05:10:00Z', fatScore: 3 }));
    assert.equal(retrap.isNew, false);
    assert.ok(registry.isKnownRing('X123457'));
  });

  it('keeps the capture history in chronological order', async () => {
    await registry.register(capture('X123458', { capturedAt: '2024-08-01T06:00:00Z', fatScore: 4 }));
    await registry.register(capture('X123458', { capturedAt: '2024-05-01T06:00:00Z' }));
    const history = await registry.history('X123458');
    assert.deepEqual(
      history.map((c) => c.capturedAt),
      ['2024-05-01T06:00:00Z', '2024-08-01T06:00:00Z'],
    );
  });

  it('does not know a ring that was never fitted', async () => {
    assert.equal(await registry.isKnownRing('Z000000'), false);
  });

  it('records fat score gain between captures (pre-migration fattening)', async () => {
    await registry.register(capture('X123459', { fatScore: 1 }));
    await registry.register(capture('X123459', { capturedAt: '2024-08-20T05:45:00Z', fatScore: 4 }));
    const [first, last] = await registry.history('X123459');
    assert.ok(last.fatScore - first.fatScore >= 3);
  });
});
