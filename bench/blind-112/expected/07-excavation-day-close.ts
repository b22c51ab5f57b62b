// expect: none
// The closing tasks are stored as arrow functions and each one is invoked (task.run()) when the loop awaits it, and the parallel uploads are real calls inside Promise.all.
export interface FindBag {
  bagId: string;
  context: string;
  waterlogged: boolean;
}

export interface SiteArchive {
  uploadPhotos(dayId: string): Promise<number>;
  uploadContextSheets(dayId: string): Promise<number>;
  sealDay(dayId: string): Promise<void>;
}

export interface ColdStore {
  checkIn(bags: FindBag[]): Promise<{ shelf: string }>;
  temperatureC(): Promise<number>;
}

export interface ClosingTask {
  label: string;
  run: () => Promise<unknown>;
}

export class ExcavationDayClose {
  constructor(
    private readonly archive: SiteArchive,
    private readonly coldStore: ColdStore,
  ) {}

  private async storeWaterlogged(bags: FindBag[]): Promise<string | null> {
    const wet = bags.filter((b) => b.waterlogged);
    if (wet.length === 0) return null;
    const temp = await this.coldStore.temperatureC();
    if (temp > 6) throw new Error(`cold store at ${temp} °C is too warm for waterlogged wood`);
    const { shelf } = await this.coldStore.checkIn(wet);
    return shelf;
  }

  private async uploadRecords(dayId: string): Promise<number> {
    const [photos, sheets] = await Promise.all([
      this.archive.uploadPhotos(dayId),
      this.archive.uploadContextSheets(dayId),
    ]);
    return photos + sheets;
  }

  tasksFor(dayId: string, bags: FindBag[]): ClosingTask[] {
    return [
      { label: 'cold store', run: () => this.storeWaterlogged(bags) },
      { label: 'records', run: () => this.uploadRecords(dayId) },
      { label: 'seal', run: () => this.archive.sealDay(dayId) },
    ];
  }

  async closeDay(dayId: string, bags: FindBag[]): Promise<Record<string, unknown>> {
    const results: Record<string, unknown> = {};
    for (const task of this.tasksFor(dayId, bags)) {
      results[task.label] = await task.run();
    }
    return results;
  }
}
