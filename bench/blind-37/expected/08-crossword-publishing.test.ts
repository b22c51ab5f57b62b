// expect: no-uncalled-async-function
// beforeEach passes seedClueBank to Promise.all without calling it, so the clue bank is never seeded before each test.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void>) => void;
declare const beforeEach: (fn: () => Promise<void>) => void;
declare const expect: <T>(actual: T) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(length: number): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

interface Clue {
  answer: string;
  text: string;
  difficulty: 1 | 2 | 3;
  lastUsed: string | null;
}

interface Puzzle {
  id: string;
  date: string;
  entries: Array<{ number: number; direction: 'across' | 'down'; clue: Clue }>;
}

class PuzzleDesk {
  readonly clueBank = new Map<string, Clue>();
  readonly published: Puzzle[] = [];

  async reset(): Promise<void> {
    this.clueBank.clear();
    this.published.length = 0;
  }

  async addClue(clue: Clue): Promise<void> {
    if (!/^[A-Z]+$/.test(clue.answer)) throw new Error(`answer ${clue.answer} must be uppercase letters`);
    this.clueBank.set(clue.answer, clue);
  }

  async publish(id: string, date: string, grid: Array<{ number: number; direction: 'across' | 'down'; answer: string }>) {
    const entries = grid.map((slot) => {
      const clue = this.clueBank.get(slot.answer);
      if (!clue) throw new Error(`no clue on file for ${slot.answer}`);
      if (clue.lastUsed && clue.lastUsed > shiftDays(date, -90)) {
        throw new Error(`${slot.answer} was used on ${clue.lastUsed}, too recently`);
      }
      return { number: slot.number, direction: slot.direction, clue };
    });
    for (const e of entries) e.clue.lastUsed = date;
    const puzzle = { id, date, entries };
    this.published.push(puzzle);
    return puzzle;
  }
}

function shiftDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const desk = new PuzzleDesk();

async function seedClueBank(): Promise<void> {
  await desk.addClue({ answer: 'OBOE', text: 'Reed in the orchestra (4)', difficulty: 1, lastUsed: null });
  await desk.addClue({ answer: 'EPEE', text: 'Blade for a fencer (4)', difficulty: 1, lastUsed: '2024-01-10' });
  await desk.addClue({ answer: 'ARIA', text: 'Solo number at the opera (4)', difficulty: 2, lastUsed: null });
}

describe('PuzzleDesk.publish', () => {
  beforeEach(async () => {
    await Promise.all([desk.reset(), seedClueBank]);
  });

  it('publishes a puzzle using banked clues', async () => {
    const puzzle = await desk.publish('mini-0412', '2024-04-12', [
      { number: 1, direction: 'across', answer: 'OBOE' },
      { number: 1, direction: 'down', answer: 'ARIA' },
    ]);
    expect(puzzle.entries).toHaveLength(2);
    expect(desk.clueBank.get('OBOE')?.lastUsed).toBe('2024-04-12');
  });

  it('refuses an answer repeated within 90 days', async () => {
    await expect(
      desk.publish('mini-0201', '2024-02-01', [{ number: 3, direction: 'across', answer: 'EPEE' }]),
    ).rejects.toThrow('too recently');
  });

  it('refuses an answer with no banked clue', async () => {
    await expect(
      desk.publish('mini-0413', '2024-04-13', [{ number: 2, direction: 'down', answer: 'TUBA' }]),
    ).rejects.toThrow('no clue on file');
  });

  it('rejects lowercase answers when banking clues', async () => {
    await expect(desk.addClue({ answer: 'viola', text: 'Alto strings (5)', difficulty: 2, lastUsed: null })).rejects.toThrow(
      'uppercase',
    );
  });
});
