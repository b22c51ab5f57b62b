// expect: no-reused-settled-promise
// The eventually() helper re-awaits the same already-settled tally promise on every attempt instead of asking the panel again, so it can never observe late votes.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Tally {
  teaId: string;
  votes: number;
  meanScore: number;
}

class TastingPanel {
  private readonly votes = new Map<string, number[]>();

  submit(teaId: string, score: number, delayMs: number): void {
    setTimeout(() => {
      const list = this.votes.get(teaId) ?? [];
      list.push(score);
      this.votes.set(teaId, list);
    }, delayMs);
  }

  async tally(teaId: string): Promise<Tally> {
    await Promise.resolve();
    const list = this.votes.get(teaId) ?? [];
    const mean = list.length ? list.reduce((a, b) => a + b, 0) / list.length : 0;
    return { teaId, votes: list.length, meanScore: Number(mean.toFixed(2)) };
  }
}

async function eventually<T>(attempt: Promise<T>, isDone: (value: T) => boolean, tries = 10, gapMs = 20): Promise<T> {
  let last: T | undefined;
  for (let i = 0; i < tries; i++) {
    last = await attempt;
    if (isDone(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, gapMs));
  }
  throw new Error(`condition not met after ${tries} tries, last value ${JSON.stringify(last)}`);
}

describe('TastingPanel tally', () => {
  let panel: TastingPanel;

  beforeEach(() => {
    vi.useRealTimers();
    panel = new TastingPanel();
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('is empty before anyone votes', async () => {
    await expect(panel.tally('gyokuro-2024')).resolves.toEqual({ teaId: 'gyokuro-2024', votes: 0, meanScore: 0 });
  });

  it('counts all three votes for a first flush darjeeling', async () => {
    panel.submit('darjeeling-ff', 8, 5);
    panel.submit('darjeeling-ff', 7, 15);
    panel.submit('darjeeling-ff', 9, 40);

    const tally = await eventually(panel.tally('darjeeling-ff'), (t) => t.votes === 3);
    expect(tally.meanScore).toBe(8);
  });

  it('keeps teas separate', async () => {
    panel.submit('keemun', 6, 1);
    panel.submit('lapsang', 4, 1);

    const keemun = await eventually(panel.tally('keemun'), (t) => t.votes === 1);
    const lapsang = await eventually(panel.tally('lapsang'), (t) => t.votes === 1);
    expect([keemun.meanScore, lapsang.meanScore]).toEqual([6, 4]);
  });
});
