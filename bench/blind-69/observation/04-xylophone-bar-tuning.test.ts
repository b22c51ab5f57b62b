// expect: none
// tuneSet checks each allSettled result's status before reading value or reason; the tests await every promise they start.
interface Matchers {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(length: number): void;
  toContain(item: unknown): void;
}
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => Matchers;

export interface Bar {
  note: string;
  targetHz: number;
}

export interface TuneOutcome {
  tuned: Array<{ note: string; centsOff: number }>;
  failed: Array<{ note: string; reason: string }>;
}

export type Strobe = (bar: Bar) => Promise<number>;

function cents(measuredHz: number, targetHz: number): number {
  return 1200 * Math.log2(measuredHz / targetHz);
}

export async function tuneSet(bars: readonly Bar[], strobe: Strobe): Promise<TuneOutcome> {
  const results = await Promise.allSettled(bars.map((bar) => strobe(bar)));
  const outcome: TuneOutcome = { tuned: [], failed: [] };
  results.forEach((result, i) => {
    const bar = bars[i];
    if (result.status === 'fulfilled') {
      outcome.tuned.push({ note: bar.note, centsOff: Math.round(cents(result.value, bar.targetHz)) });
    } else {
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      outcome.failed.push({ note: bar.note, reason });
    }
  });
  return outcome;
}

describe('tuneSet', () => {
  let bars: Bar[];

  beforeEach(() => {
    bars = [
      { note: 'C5', targetHz: 523.25 },
      { note: 'D5', targetHz: 587.33 },
      { note: 'E5', targetHz: 659.26 },
    ];
  });

  it('reports cents deviation for every bar that rings', async () => {
    const strobe: Strobe = async (bar) => (bar.note === 'D5' ? bar.targetHz * 1.003 : bar.targetHz);
    const outcome = await tuneSet(bars, strobe);
    expect(outcome.failed).toHaveLength(0);
    expect(outcome.tuned).toEqual([
      { note: 'C5', centsOff: 0 },
      { note: 'D5', centsOff: 5 },
      { note: 'E5', centsOff: 0 },
    ]);
  });

  it('keeps going when one bar is cracked', async () => {
    const strobe: Strobe = async (bar) => {
      if (bar.note === 'E5') throw new Error('no stable pitch - bar cracked');
      return bar.targetHz;
    };
    const outcome = await tuneSet(bars, strobe);
    expect(outcome.tuned).toHaveLength(2);
    expect(outcome.failed).toEqual([{ note: 'E5', reason: 'no stable pitch - bar cracked' }]);
  });

  it('records non-Error rejections as text', async () => {
    const strobe: Strobe = (bar) => (bar.note === 'C5' ? Promise.reject('mic unplugged') : Promise.resolve(bar.targetHz));
    const outcome = await tuneSet(bars, strobe);
    expect(outcome.failed.map((f) => f.reason)).toContain('mic unplugged');
  });
});
