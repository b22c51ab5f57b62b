// expect: no-unobserved-promise
// The first test starts waitForFinal and then awaits three submits before awaiting it; if a submit fails, that stored promise is abandoned with no handler and rejects when afterEach closes the service, producing an unhandled rejection that vitest reports as a run error.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';

type Placings = Record<string, number>;
interface FinalResult { heat: string; order: string[] }
interface MarksStore { save(heat: string, judge: string, placings: Placings): Promise<void> }

class ScoringService extends EventEmitter {
  private readonly sheets = new Map<string, Map<string, Placings>>();

  constructor(private readonly store: MarksStore, private readonly judges: string[]) {
    super();
  }

  async submit(heat: string, judge: string, placings: Placings): Promise<void> {
    if (!this.judges.includes(judge)) throw new Error(`unknown judge ${judge}`);
    await this.store.save(heat, judge, placings);
    const sheets = this.sheets.get(heat) ?? new Map<string, Placings>();
    sheets.set(judge, placings);
    this.sheets.set(heat, sheets);
    if (sheets.size === this.judges.length) this.emit('final', this.tally(heat, sheets));
  }

  waitForFinal(heat: string, timeoutMs = 120_000): Promise<FinalResult> {
    return new Promise<FinalResult>((resolve, reject) => {
      const onFinal = (result: FinalResult) => {
        if (result.heat !== heat) return;
        cleanup();
        resolve(result);
      };
      const onClose = () => { cleanup(); reject(new Error('scoring service closed')); };
      const timer = setTimeout(() => { cleanup(); reject(new Error(`no final for ${heat}`)); }, timeoutMs);
      const cleanup = () => { clearTimeout(timer); this.off('final', onFinal); this.off('close', onClose); };
      this.on('final', onFinal);
      this.on('close', onClose);
    });
  }

  close(): void {
    this.emit('close');
  }

  private tally(heat: string, sheets: Map<string, Placings>): FinalResult {
    const sums = new Map<string, number>();
    for (const sheet of sheets.values()) {
      for (const [couple, place] of Object.entries(sheet)) sums.set(couple, (sums.get(couple) ?? 0) + place);
    }
    return { heat, order: [...sums].sort((a, b) => a[1] - b[1]).map(([couple]) => couple) };
  }
}

describe('ScoringService', () => {
  let save: ReturnType<typeof vi.fn<MarksStore['save']>>;
  let service: ScoringService;

  beforeEach(() => {
    vi.useFakeTimers();
    save = vi.fn<MarksStore['save']>().mockResolvedValue(undefined);
    service = new ScoringService({ save }, ['A', 'B', 'C']);
  });

  afterEach(() => {
    service.close();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('publishes the final once every judge has submitted', async () => {
    const final = service.waitForFinal('waltz-final');
    await service.submit('waltz-final', 'A', { '101': 1, '102': 2, '103': 3 });
    await service.submit('waltz-final', 'B', { '101': 2, '102': 1, '103': 3 });
    await service.submit('waltz-final', 'C', { '101': 1, '102': 3, '103': 2 });
    expect(await final).toEqual({ heat: 'waltz-final', order: ['101', '102', '103'] });
    expect(save).toHaveBeenCalledTimes(3);
  });

  it('times out when a judge never submits', async () => {
    await Promise.all([
      expect(service.waitForFinal('tango-final', 1_000)).rejects.toThrow('no final for tango-final'),
      vi.advanceTimersByTimeAsync(1_000),
    ]);
  });

  it('does not record marks the store failed to save', async () => {
    save.mockRejectedValueOnce(new Error('db offline'));
    await expect(service.submit('waltz-final', 'A', { '101': 1 })).rejects.toThrow('db offline');
    expect(save).toHaveBeenCalledOnce();
  });
});
