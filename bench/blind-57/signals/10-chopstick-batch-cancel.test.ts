// expect: none
// Correct: turnBatch passes its signal to every turning step and lets AbortError propagate; the tests only catch it to assert on it.
import { setTimeout as sleep } from 'node:timers/promises';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeLessThan(n: number): void;
  rejects: { toMatchObject(expected: object): Promise<void>; toThrow(message: string): Promise<void> };
};

interface Blank {
  id: string;
  species: 'bamboo' | 'walnut';
}

interface TurnedPair {
  blankId: string;
  tipMm: number;
}

class FakeLathe {
  turned: string[] = [];
  jammed = new Set<string>();

  async turn(blank: Blank, signal: AbortSignal): Promise<TurnedPair> {
    await sleep(blank.species === 'walnut' ? 20 : 5, undefined, { signal });
    if (this.jammed.has(blank.id)) throw new Error(`lathe jammed on ${blank.id}`);
    this.turned.push(blank.id);
    return { blankId: blank.id, tipMm: blank.species === 'walnut' ? 2.2 : 2.6 };
  }
}

async function turnBatch(lathe: FakeLathe, blanks: Blank[], signal: AbortSignal): Promise<TurnedPair[]> {
  const pairs: TurnedPair[] = [];
  for (const blank of blanks) {
    signal.throwIfAborted();
    pairs.push(await lathe.turn(blank, signal));
  }
  return pairs;
}

const batch = (n: number, species: Blank['species'] = 'bamboo'): Blank[] =>
  Array.from({ length: n }, (_, i) => ({ id: `${species}-${i + 1}`, species }));

describe('chopstick lathe batch', () => {
  let lathe: FakeLathe;

  beforeEach(() => {
    lathe = new FakeLathe();
  });

  it('turns every blank in order', async () => {
    const pairs = await turnBatch(lathe, batch(3), new AbortController().signal);
    expect(pairs.map((p) => p.blankId)).toEqual(['bamboo-1', 'bamboo-2', 'bamboo-3']);
    expect(pairs[0].tipMm).toBe(2.6);
  });

  it('stops mid-batch when the operator cancels', async () => {
    const controller = new AbortController();
    const run = turnBatch(lathe, batch(10, 'walnut'), controller.signal);
    setTimeout(() => controller.abort(), 30);
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(lathe.turned.length).toBeLessThan(10);
  });

  it('does not start when the shift has already ended', async () => {
    await expect(turnBatch(lathe, batch(2), AbortSignal.abort())).rejects.toMatchObject({ name: 'AbortError' });
    expect(lathe.turned).toEqual([]);
  });

  it('surfaces a jam as an ordinary error', async () => {
    lathe.jammed.add('bamboo-2');
    await expect(turnBatch(lathe, batch(3), new AbortController().signal)).rejects.toThrow('lathe jammed on bamboo-2');
    expect(lathe.turned).toEqual(['bamboo-1']);
  });
});
