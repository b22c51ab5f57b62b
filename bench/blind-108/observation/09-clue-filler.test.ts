// expect: none
// fill() maps the slots through an async callback but returns Promise.all of that array, so every per-slot promise is awaited and a failed clue lookup rejects fill() instead of floating.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Slot {
  number: number;
  direction: 'across' | 'down';
  answer: string;
  difficulty: 0 | 1 | 2;
}

interface FilledSlot extends Slot {
  clue: string;
}

interface ClueSource {
  lookup(answer: string): Promise<string[]>;
}

class ClueFiller {
  private readonly cache = new Map<string, { clues: string[]; at: number }>();

  constructor(private readonly source: ClueSource, private readonly ttlMs = 10 * 60_000) {}

  fill(slots: Slot[]): Promise<FilledSlot[]> {
    return Promise.all(
      slots.map(async (slot) => {
        const clues = await this.cluesFor(slot.answer);
        if (clues.length === 0) throw new Error(`no clue for ${slot.answer}`);
        const clue = clues[Math.min(slot.difficulty, clues.length - 1)];
        return { ...slot, clue };
      }),
    );
  }

  private async cluesFor(answer: string): Promise<string[]> {
    const hit = this.cache.get(answer);
    if (hit && Date.now() - hit.at < this.ttlMs) return hit.clues;
    const clues = await this.source.lookup(answer);
    this.cache.set(answer, { clues, at: Date.now() });
    return clues;
  }

  clear(): void {
    this.cache.clear();
  }
}

const SLOTS: Slot[] = [
  { number: 1, direction: 'across', answer: 'OTTER', difficulty: 0 },
  { number: 1, direction: 'down', answer: 'OASIS', difficulty: 2 },
  { number: 6, direction: 'across', answer: 'SIREN', difficulty: 1 },
];

describe('ClueFiller', () => {
  let lookup: ReturnType<typeof vi.fn<ClueSource['lookup']>>;
  let filler: ClueFiller;

  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2024-03-02T09:00:00Z'));
    lookup = vi.fn<ClueSource['lookup']>(async (answer) => [`Easy ${answer}`, `Medium ${answer}`, `Hard ${answer}`]);
    filler = new ClueFiller({ lookup });
  });

  afterEach(() => {
    filler.clear();
    vi.useRealTimers();
  });

  it('picks the clue matching each slot difficulty', async () => {
    const filled = await filler.fill(SLOTS);
    expect(filled.map((s) => s.clue)).toEqual(['Easy OTTER', 'Hard OASIS', 'Medium SIREN']);
  });

  it('rejects the whole fill when one answer has no clues', async () => {
    lookup.mockImplementation(async (answer) => (answer === 'OASIS' ? [] : [`Easy ${answer}`]));
    await expect(filler.fill(SLOTS)).rejects.toThrow('no clue for OASIS');
  });

  it('refreshes cached clues after the ttl', async () => {
    await filler.fill(SLOTS.slice(0, 1));
    vi.advanceTimersByTime(9 * 60_000);
    await filler.fill(SLOTS.slice(0, 1));
    expect(lookup).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(2 * 60_000);
    await filler.fill(SLOTS.slice(0, 1));
    expect(lookup).toHaveBeenCalledTimes(2);
  });
});
