// expect: no-leaked-race
// withTimeout races the work against a setTimeout that is never cleared, so every test that finishes in time leaves a live timer running for up to 2s.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface Performance {
  contestant: string;
  category: 'alpine' | 'country' | 'jodler-duet';
  notes: number[];
  longestHoldS: number;
}

interface Verdict {
  contestant: string;
  score: number;
  flags: string[];
}

class ScoringService {
  private readonly latencyMs: number;

  constructor(latencyMs: number) {
    this.latencyMs = latencyMs;
  }

  async score(p: Performance): Promise<Verdict> {
    await new Promise<void>((resolve) => setTimeout(resolve, this.latencyMs));
    const flags: string[] = [];
    let breaks = 0;
    for (let i = 1; i < p.notes.length; i++) {
      const jump = Math.abs(p.notes[i] - p.notes[i - 1]);
      if (jump >= 5) breaks++;
      if (jump > 12) flags.push(`interval of ${jump} semitones at note ${i}`);
    }
    const holdBonus = Math.min(p.longestHoldS, 20) * 0.5;
    const score = Math.round((breaks * 2 + holdBonus) * (p.category === 'jodler-duet' ? 0.9 : 1) * 10) / 10;
    return { contestant: p.contestant, score, flags };
  }
}

function withTimeout<T>(work: Promise<T>, ms: number, label: string): Promise<T> {
  const timeout = new Promise<never>((_, reject) => {
    setTimeout(() => reject(new Error(`${label} timed out after ${ms}ms`)), ms);
  });
  return Promise.race([work, timeout]);
}

describe('yodel scoring service', () => {
  let fast: ScoringService;
  let slow: ScoringService;

  const alpine: Performance = {
    contestant: 'Heidi B.',
    category: 'alpine',
    notes: [60, 67, 60, 72, 64, 71, 59],
    longestHoldS: 9,
  };

  beforeEach(() => {
    fast = new ScoringService(5);
    slow = new ScoringService(400);
  });

  it('rewards register breaks and long holds', async () => {
    const verdict = await withTimeout(fast.score(alpine), 2_000, 'alpine scoring');
    assert.equal(verdict.contestant, 'Heidi B.');
    assert.ok(verdict.score > 10);
  });

  it('flags intervals wider than an octave', async () => {
    const wild = { ...alpine, notes: [55, 70, 57] };
    const verdict = await withTimeout(fast.score(wild), 2_000, 'wild scoring');
    assert.equal(verdict.flags.length, 2);
  });

  it('discounts duets slightly', async () => {
    const duet: Performance = { ...alpine, category: 'jodler-duet' };
    const [solo, pair] = await Promise.all([
      withTimeout(fast.score(alpine), 2_000, 'solo'),
      withTimeout(fast.score(duet), 2_000, 'duet'),
    ]);
    assert.ok(pair.score < solo.score);
  });

  it('gives up on a scorer that hangs', async () => {
    await assert.rejects(withTimeout(slow.score(alpine), 50, 'slow scoring'), /timed out after 50ms/);
  });
});
