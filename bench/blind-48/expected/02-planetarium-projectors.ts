// expect: none
// Correct: async functions are handed to a retry helper and a task queue that expect functions; everything awaited is a real call.
export interface ShowManifest {
  showId: string;
  starfieldPack: string;
  projectorIds: string[];
  domeTiltDeg: number;
}

declare const projectorBus: {
  warmUp(projectorId: string): Promise<{ lampHours: number }>;
  loadPack(projectorId: string, pack: string): Promise<void>;
  blend(projectorIds: string[]): Promise<void>;
};

declare const domeController: {
  tilt(degrees: number): Promise<void>;
};

declare const showLog: {
  warn(message: string, meta?: Record<string, unknown>): void;
};

async function withRetry<T>(task: () => Promise<T>, attempts: number, label: string): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await task();
    } catch (err) {
      lastError = err;
      showLog.warn(`${label} failed`, { attempt, message: err instanceof Error ? err.message : String(err) });
    }
  }
  throw lastError;
}

class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  add<T>(task: () => Promise<T>): Promise<T> {
    const run = this.tail.then(task, task);
    this.tail = run.catch(() => undefined);
    return run;
  }
}

export class ShowPreparation {
  private readonly queue = new SerialQueue();

  constructor(private readonly manifest: ShowManifest) {}

  private readonly alignDome = async (): Promise<void> => {
    await domeController.tilt(this.manifest.domeTiltDeg);
  };

  private readonly loadStarfield = async (): Promise<void> => {
    for (const id of this.manifest.projectorIds) {
      await projectorBus.loadPack(id, this.manifest.starfieldPack);
    }
  };

  private async warmAll(): Promise<number> {
    const lamps = await Promise.all(
      this.manifest.projectorIds.map((id) => withRetry(() => projectorBus.warmUp(id), 3, `warm-up ${id}`)),
    );
    return Math.max(...lamps.map((l) => l.lampHours));
  }

  async prepare(): Promise<{ maxLampHours: number }> {
    const [maxLampHours] = await Promise.all([this.warmAll(), this.queue.add(this.alignDome)]);
    await withRetry(this.loadStarfield, 2, `starfield ${this.manifest.starfieldPack}`);
    await this.queue.add(() => projectorBus.blend(this.manifest.projectorIds));
    return { maxLampHours };
  }
}
