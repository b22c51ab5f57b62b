// expect: no-reused-settled-promise
// waitForReady starts one status() call before the loop and re-awaits that same settled promise on every poll, so it can never observe the arena becoming ready.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

interface ArenaStatus {
  arenaId: string;
  vestsCharged: number;
  vestsTotal: number;
  fogLevel: number;
  ready: boolean;
}

interface Hit {
  shooter: string;
  target: string;
  zone: 'chest' | 'back' | 'shoulder';
}

class FakeArena {
  private readonly bootedAt = Date.now();

  constructor(
    readonly arenaId: string,
    private readonly vestsTotal: number,
    private readonly chargeMs: number,
    private readonly faulty = false,
  ) {}

  async status(): Promise<ArenaStatus> {
    const elapsed = Date.now() - this.bootedAt;
    const charged = this.faulty ? 0 : Math.min(this.vestsTotal, Math.floor((elapsed / this.chargeMs) * this.vestsTotal));
    return {
      arenaId: this.arenaId,
      vestsCharged: charged,
      vestsTotal: this.vestsTotal,
      fogLevel: 0.4,
      ready: charged === this.vestsTotal,
    };
  }
}

async function waitForReady(arena: FakeArena, attempts = 20, intervalMs = 10): Promise<ArenaStatus> {
  const check = arena.status();
  for (let i = 0; i < attempts; i++) {
    const status = await check;
    if (status.ready) return status;
    await delay(intervalMs);
  }
  throw new Error(`arena ${arena.arenaId} not ready after ${attempts} polls`);
}

function scoreHits(hits: Hit[]): Map<string, number> {
  const points = { chest: 100, back: 75, shoulder: 50 } as const;
  const scores = new Map<string, number>();
  for (const hit of hits) {
    if (hit.shooter === hit.target) continue;
    scores.set(hit.shooter, (scores.get(hit.shooter) ?? 0) + points[hit.zone]);
  }
  return scores;
}

describe('arena readiness', () => {
  let mainHall: FakeArena;

  before(() => {
    mainHall = new FakeArena('main-hall', 12, 1);
  });

  it('reports ready once every vest is charged', async () => {
    const status = await waitForReady(mainHall);
    assert.equal(status.ready, true);
    assert.equal(status.vestsCharged, 12);
  });

  it('gives up on an arena whose chargers are faulty', async () => {
    const basement = new FakeArena('basement', 8, 5, true);
    await assert.rejects(waitForReady(basement, 3, 1), /not ready after 3 polls/);
  });
});

describe('scoring', () => {
  it('awards zone points and ignores self-hits', () => {
    const scores = scoreHits([
      { shooter: 'red-1', target: 'blue-2', zone: 'chest' },
      { shooter: 'red-1', target: 'blue-3', zone: 'shoulder' },
      { shooter: 'blue-2', target: 'blue-2', zone: 'back' },
      { shooter: 'blue-3', target: 'red-1', zone: 'back' },
    ]);
    assert.equal(scores.get('red-1'), 150);
    assert.equal(scores.get('blue-3'), 75);
    assert.equal(scores.has('blue-2'), false);
  });
});
