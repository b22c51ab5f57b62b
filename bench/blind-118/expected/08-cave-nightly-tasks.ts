// expect: none
// The task list holds arrow functions and the loop calls each one (await task.run()), so every nightly job actually runs in order.
export interface CaveClimate {
  setFanSpeed(pct: number): Promise<void>;
  readAmmoniaPpm(): Promise<number>;
}

export interface BrineWasher {
  washShelf(shelf: string, brinePct: number): Promise<number>;
}

export interface TaskStore {
  saveRun(run: { task: string; ok: boolean; detail: string; at: string }): Promise<void>;
}

interface NightlyTask {
  name: string;
  run: () => Promise<string>;
}

export class CaveNightlyTasks {
  private readonly tasks: NightlyTask[];

  constructor(
    private readonly climate: CaveClimate,
    private readonly washer: BrineWasher,
    private readonly store: TaskStore,
    private readonly washedRindShelves: string[],
  ) {
    this.tasks = [
      { name: 'ventilate', run: () => this.ventilate() },
      { name: 'wash-rinds', run: () => this.washRinds() },
      { name: 'night-fans', run: async () => {
        await this.climate.setFanSpeed(20);
        return 'fans at 20%';
      } },
    ];
  }

  private async ventilate(): Promise<string> {
    const ppm = await this.climate.readAmmoniaPpm();
    if (ppm > 25) {
      await this.climate.setFanSpeed(80);
      return `ammonia ${ppm} ppm, boosted fans`;
    }
    return `ammonia ${ppm} ppm, no action`;
  }

  private async washRinds(): Promise<string> {
    let wheels = 0;
    for (const shelf of this.washedRindShelves) {
      wheels += await this.washer.washShelf(shelf, 3.5);
    }
    return `washed ${wheels} wheels on ${this.washedRindShelves.length} shelves`;
  }

  async runAll(): Promise<boolean> {
    let allOk = true;
    for (const task of this.tasks) {
      let ok = true;
      let detail: string;
      try {
        detail = await task.run();
      } catch (err) {
        ok = false;
        allOk = false;
        detail = err instanceof Error ? err.message : String(err);
      }
      await this.store.saveRun({ task: task.name, ok, detail, at: new Date().toISOString() });
    }
    return allOk;
  }
}
