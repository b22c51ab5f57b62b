// expect: none
// slots is assigned inside the then callback, but every reader awaits the refresh promise first, so it is only read after the callback has run.
export interface ObservingSlot {
  id: string;
  cycle: string;
  startUtc: string;
  hours: number;
  assignedTo: string | null;
  moonIllumination: number;
}

export interface SchedulerApi {
  listSlots(cycle: string): Promise<ObservingSlot[]>;
}

export class SlotCache {
  private slots: ObservingSlot[] = [];
  private refreshing: Promise<void> | null = null;
  private loadedAt = 0;

  constructor(
    private readonly api: SchedulerApi,
    private readonly cycle: string,
    private readonly maxAgeMs = 5 * 60_000,
  ) {}

  refresh(): Promise<void> {
    if (this.refreshing) return this.refreshing;
    const pending = this.api
      .listSlots(this.cycle)
      .then((slots) => {
        this.slots = slots;
        this.loadedAt = Date.now();
      })
      .finally(() => {
        this.refreshing = null;
      });
    this.refreshing = pending;
    return pending;
  }

  private async ensureFresh(): Promise<void> {
    if (Date.now() - this.loadedAt > this.maxAgeMs) {
      await this.refresh();
    }
  }

  async freeSlots(minHours = 1): Promise<ObservingSlot[]> {
    await this.ensureFresh();
    return this.slots.filter((s) => s.assignedTo === null && s.hours >= minHours);
  }

  async darkSlots(maxMoon = 0.25): Promise<ObservingSlot[]> {
    await this.ensureFresh();
    return this.slots.filter((s) => s.assignedTo === null && s.moonIllumination <= maxMoon);
  }

  async hoursAssignedTo(pi: string): Promise<number> {
    await this.ensureFresh();
    return this.slots.filter((s) => s.assignedTo === pi).reduce((h, s) => h + s.hours, 0);
  }
}
