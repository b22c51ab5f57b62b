// expect: none
// Methods are handed over as values only where a task function is expected (bound or arrow properties); every promise-typed slot gets a call.
export interface IceBlock {
  id: string;
  weightKg: number;
  clarity: "clear" | "white" | "snow";
}

export interface CarvingJob {
  blockId: string;
  design: string;
  chainsawMinutes: number;
}

type Task = () => Promise<void>;

declare const freezer: {
  reserve(blockId: string): Promise<IceBlock>;
  release(blockId: string): Promise<void>;
  temperatureC(): Promise<number>;
};

declare const studioLog: {
  write(line: string): Promise<void>;
};

class TaskQueue {
  private readonly tasks: Task[] = [];
  add(task: Task): void {
    this.tasks.push(task);
  }
  async runAll(): Promise<number> {
    let done = 0;
    while (this.tasks.length > 0) {
      const task = this.tasks.shift()!;
      await task();
      done += 1;
    }
    return done;
  }
}

export class CarvingStudio {
  private readonly queue = new TaskQueue();
  private readonly pending: CarvingJob[] = [];

  schedule(job: CarvingJob): void {
    this.pending.push(job);
    this.queue.add(this.carveNext);
  }

  onShiftEnd(): Task {
    return this.polishAndStore.bind(this);
  }

  private readonly carveNext = async (): Promise<void> => {
    const job = this.pending.shift();
    if (!job) return;
    const [block, ambient] = await Promise.all([freezer.reserve(job.blockId), freezer.temperatureC()]);
    if (ambient > -5) {
      await freezer.release(block.id);
      throw new Error(`studio too warm (${ambient}°C) to carve ${job.design}`);
    }
    await studioLog.write(`carving ${job.design} from ${block.id} (${block.clarity}, ${block.weightKg}kg)`);
  };

  private async polishAndStore(): Promise<void> {
    await studioLog.write("polishing finished pieces");
    const ambient = await freezer.temperatureC();
    await studioLog.write(`stored pieces at ${ambient}°C`);
  }

  async runDay(): Promise<number> {
    const carved = await this.queue.runAll();
    const endOfShift = this.onShiftEnd();
    await endOfShift();
    return carved;
  }
}
