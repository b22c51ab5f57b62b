// expect: no-uncalled-async-function
// beforeEach awaits store.reset without calling it, so scripts and grades leak from one test into the next.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(length: number): void;
};

interface Script {
  candidate: string;
  level: 'foundation' | 'intermediate' | 'master';
  strokes: number;
  inkBlots: number;
  balanceScore: number;
}

interface Grade {
  candidate: string;
  mark: number;
  band: 'distinction' | 'merit' | 'pass' | 'fail';
}

class ScriptStore {
  private scripts: Script[] = [];
  private grades = new Map<string, Grade>();

  async add(script: Script): Promise<void> {
    this.scripts.push(script);
  }

  async ungraded(): Promise<Script[]> {
    return this.scripts.filter((s) => !this.grades.has(s.candidate));
  }

  async saveGrade(grade: Grade): Promise<void> {
    this.grades.set(grade.candidate, grade);
  }

  async allGrades(): Promise<Grade[]> {
    return [...this.grades.values()];
  }

  async reset(): Promise<void> {
    this.scripts = [];
    this.grades = new Map();
  }
}

function band(mark: number): Grade['band'] {
  if (mark >= 85) return 'distinction';
  if (mark >= 70) return 'merit';
  if (mark >= 50) return 'pass';
  return 'fail';
}

export class GradingQueue {
  constructor(private readonly store: ScriptStore) {}

  async gradeAll(): Promise<Grade[]> {
    const graded: Grade[] = [];
    for (const script of await this.store.ungraded()) {
      const penalty = script.inkBlots * 4 + (script.level === 'master' ? 10 : 0);
      const mark = Math.max(0, Math.min(100, Math.round(script.balanceScore * 100) - penalty));
      const grade = { candidate: script.candidate, mark, band: band(mark) };
      await this.store.saveGrade(grade);
      graded.push(grade);
    }
    return graded;
  }
}

const store = new ScriptStore();

describe('GradingQueue', () => {
  beforeEach(async () => {
    await store.reset;
  });

  it('grades every submitted script once', async () => {
    await store.add({ candidate: 'c-101', level: 'foundation', strokes: 212, inkBlots: 0, balanceScore: 0.9 });
    await store.add({ candidate: 'c-102', level: 'intermediate', strokes: 340, inkBlots: 2, balanceScore: 0.74 });
    const queue = new GradingQueue(store);
    expect(await queue.gradeAll()).toHaveLength(2);
    expect(await queue.gradeAll()).toHaveLength(0);
  });

  it('penalises ink blots and master-level expectations', async () => {
    await store.add({ candidate: 'c-201', level: 'master', strokes: 610, inkBlots: 1, balanceScore: 0.88 });
    const [grade] = await new GradingQueue(store).gradeAll();
    expect(grade).toEqual({ candidate: 'c-201', mark: 74, band: 'merit' });
  });

  it('fails scripts that drop below half marks', async () => {
    await store.add({ candidate: 'c-301', level: 'foundation', strokes: 120, inkBlots: 6, balanceScore: 0.6 });
    await new GradingQueue(store).gradeAll();
    const grades = await store.allGrades();
    expect(grades.find((g) => g.candidate === 'c-301')?.band).toBe('fail');
  });
});
