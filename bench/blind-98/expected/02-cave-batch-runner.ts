// expect: none
// runLimited is written to take thunks, so passing arrow functions (not promises) is exactly what it expects, and each thunk is called inside the worker loop where its promise is awaited.
export interface Wheel {
  id: string;
  shelf: string;
  style: 'tomme' | 'cheddar' | 'blue';
}

export interface CaveRobot {
  turn(wheelId: string): Promise<void>;
  pierce(wheelId: string): Promise<void>;
}

export interface CaveLog {
  note(wheelId: string, action: string): Promise<void>;
}

type Task<T> = () => Promise<T>;

export async function runLimited<T>(tasks: readonly Task<T>[], concurrency: number): Promise<T[]> {
  const results = new Array<T>(tasks.length);
  let next = 0;

  async function worker(): Promise<void> {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  }

  const workers = Array.from({ length: Math.min(concurrency, tasks.length) }, () => worker());
  await Promise.all(workers);
  return results;
}

export class WeeklyCaveRound {
  constructor(
    private readonly robot: CaveRobot,
    private readonly log: CaveLog,
    private readonly robotArms = 2,
  ) {}

  private async tend(wheel: Wheel): Promise<string> {
    await this.robot.turn(wheel.id);
    if (wheel.style === 'blue') {
      await this.robot.pierce(wheel.id);
      await this.log.note(wheel.id, 'turned and pierced');
      return `${wheel.id}: turned, pierced`;
    }
    await this.log.note(wheel.id, 'turned');
    return `${wheel.id}: turned`;
  }

  async run(wheels: readonly Wheel[]): Promise<string[]> {
    const ordered = [...wheels].sort((a, b) => a.shelf.localeCompare(b.shelf));
    const tasks = ordered.map((wheel) => () => this.tend(wheel));
    return runLimited(tasks, this.robotArms);
  }
}
