// expect: none
// Each assertion on an async result either awaits the value first or uses the awaited resolves matcher, so no test compares a Promise object itself.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Trial {
  dogId: string;
  targetsHidden: number;
  targetsFound: number;
  falseAlerts: number;
  secondsTaken: number;
}

interface TrialLog {
  recent(dogId: string, n: number): Promise<Trial[]>;
}

class ScentScorer {
  constructor(
    private readonly log: TrialLog,
    private readonly window = 5,
  ) {}

  async score(dogId: string): Promise<number> {
    const trials = await this.log.recent(dogId, this.window);
    if (trials.length === 0) return 0;
    const perTrial = trials.map((t) => {
      const hitRate = t.targetsHidden === 0 ? 0 : t.targetsFound / t.targetsHidden;
      const penalty = t.falseAlerts * 0.1;
      const speed = Math.max(0, 1 - t.secondsTaken / 600) * 0.2;
      return Math.max(0, hitRate - penalty + speed);
    });
    return Math.round((perTrial.reduce((a, b) => a + b, 0) / perTrial.length) * 100);
  }

  async isFieldReady(dogId: string): Promise<boolean> {
    const trials = await this.log.recent(dogId, this.window);
    return trials.length >= this.window && (await this.score(dogId)) >= 85;
  }
}

const trial = (found: number, falseAlerts: number, secondsTaken: number): Trial => ({
  dogId: 'lagotto-bruna',
  targetsHidden: 4,
  targetsFound: found,
  falseAlerts,
  secondsTaken,
});

describe('ScentScorer', () => {
  let log: { recent: ReturnType<typeof vi.fn<TrialLog['recent']>> };

  beforeEach(() => {
    log = { recent: vi.fn<TrialLog['recent']>() };
  });

  afterEach(() => {
    vi.clearAllMocks();
  });

  it('scores a dog with no trials as zero', async () => {
    log.recent.mockResolvedValue([]);
    expect(await new ScentScorer(log).score('lagotto-bruna')).toBe(0);
  });

  it('rewards complete, quick searches', async () => {
    log.recent.mockResolvedValue([trial(4, 0, 120), trial(4, 0, 180)]);
    const score = await new ScentScorer(log).score('lagotto-bruna');
    expect(score).toBeGreaterThan(110);
  });

  it('penalises false alerts', async () => {
    log.recent.mockResolvedValue([trial(4, 3, 300)]);
    await expect(new ScentScorer(log).score('lagotto-bruna')).resolves.toBe(80);
  });

  it('is field ready after five strong trials', async () => {
    log.recent.mockResolvedValue([trial(4, 0, 200), trial(4, 1, 240), trial(3, 0, 150), trial(4, 0, 90), trial(4, 0, 300)]);
    await expect(new ScentScorer(log).isFieldReady('lagotto-bruna')).resolves.toBe(true);
  });

  it('is not field ready with too few trials, however good', async () => {
    log.recent.mockResolvedValue([trial(4, 0, 60), trial(4, 0, 60)]);
    expect(await new ScentScorer(log).isFieldReady('lagotto-bruna')).toBe(false);
    expect(log.recent).toHaveBeenCalledWith('lagotto-bruna', 5);
  });
});
