// expect: none
// waitForVerdict listens to both 'verdict' and 'error' and each handler removes the other before settling, and the withResolvers deferred is resolved exactly once, so every waiter settles exactly once.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';

interface Sculpture {
  id: string;
  team: string;
  heightCm: number;
}

interface Verdict {
  sculptureId: string;
  total: number;
  judges: number;
}

interface JudgePanel {
  score(s: Sculpture): Promise<number[]>;
}

class JudgingRound extends EventEmitter {
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly panel: JudgePanel, private readonly windowMs: number) {
    super();
  }

  open(s: Sculpture): void {
    this.timer = setTimeout(() => {
      this.panel.score(s).then(
        (scores) =>
          this.emit('verdict', {
            sculptureId: s.id,
            total: scores.reduce((a, b) => a + b, 0),
            judges: scores.length,
          } satisfies Verdict),
        (err: unknown) => this.emit('error', err),
      );
    }, this.windowMs);
  }

  close(): void {
    clearTimeout(this.timer);
    this.removeAllListeners();
  }
}

function waitForVerdict(round: JudgingRound): Promise<Verdict> {
  return new Promise<Verdict>((resolve, reject) => {
    const onVerdict = (v: Verdict) => {
      round.off('error', onError);
      resolve(v);
    };
    const onError = (err: Error) => {
      round.off('verdict', onVerdict);
      reject(err);
    };
    round.once('verdict', onVerdict);
    round.once('error', onError);
  });
}

describe('JudgingRound', () => {
  const castle: Sculpture = { id: 'sc-12', team: 'Tidebreakers', heightCm: 240 };
  let panel: { score: ReturnType<typeof vi.fn<JudgePanel['score']>> };
  let round: JudgingRound;

  beforeEach(() => {
    vi.useFakeTimers();
    panel = { score: vi.fn<JudgePanel['score']>() };
    round = new JudgingRound(panel, 60_000);
  });

  afterEach(() => {
    round.close();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('emits the summed verdict once the judging window closes', async () => {
    panel.score.mockResolvedValue([8, 9, 7]);
    round.open(castle);
    const [verdict] = await Promise.all([waitForVerdict(round), vi.advanceTimersByTimeAsync(60_000)]);
    expect(verdict).toEqual({ sculptureId: 'sc-12', total: 24, judges: 3 });
  });

  it('surfaces panel failures through the waiter', async () => {
    panel.score.mockRejectedValue(new Error('panel offline'));
    round.open(castle);
    await Promise.all([
      expect(waitForVerdict(round)).rejects.toThrow('panel offline'),
      vi.advanceTimersByTimeAsync(60_000),
    ]);
  });

  it('does not ask the panel before the window closes', async () => {
    const scores = Promise.withResolvers<number[]>();
    panel.score.mockReturnValue(scores.promise);
    round.open(castle);

    await vi.advanceTimersByTimeAsync(59_999);
    expect(panel.score).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(panel.score).toHaveBeenCalledOnce();

    const verdict = waitForVerdict(round);
    scores.resolve([10, 10]);
    await expect(verdict).resolves.toMatchObject({ total: 20, judges: 2 });
  });
});
