// expect: no-uncalled-async-function
// refresh() passes this.refreshPricing (the method itself) to Promise.all instead of calling it, so pricing is never reloaded before the timetable is published.
export interface GoatProfile {
  name: string;
  breed: 'nigerian-dwarf' | 'pygmy' | 'boer';
  maxSessionsPerDay: number;
  calm: boolean;
}

export interface ClassSlot {
  id: string;
  startsAt: Date;
  style: 'flow' | 'restorative' | 'kids';
  capacity: number;
  goats: string[];
  priceCents: number;
}

declare const studioApi: {
  listGoats(studio: string): Promise<GoatProfile[]>;
  listSlots(studio: string, week: string): Promise<Array<Omit<ClassSlot, 'goats' | 'priceCents'>>>;
  priceTable(studio: string): Promise<Record<ClassSlot['style'], number>>;
  publishTimetable(studio: string, week: string, slots: ClassSlot[]): Promise<void>;
};

export class ClassPlanner {
  private goats: GoatProfile[] = [];
  private prices: Record<ClassSlot['style'], number> = { flow: 2500, restorative: 2200, kids: 1500 };

  constructor(private readonly studio: string) {}

  async refreshRoster(): Promise<void> {
    const goats = await studioApi.listGoats(this.studio);
    this.goats = goats.filter((g) => g.maxSessionsPerDay > 0);
  }

  async refreshPricing(): Promise<void> {
    this.prices = await studioApi.priceTable(this.studio);
  }

  async refresh(): Promise<void> {
    await Promise.all([this.refreshRoster(), this.refreshPricing]);
  }

  private assignGoats(slots: Array<Omit<ClassSlot, 'goats' | 'priceCents'>>): Map<string, string[]> {
    const sessionsUsed = new Map<string, number>();
    const byDay = new Map<string, Map<string, number>>();
    const assignment = new Map<string, string[]>();

    for (const slot of [...slots].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())) {
      const day = slot.startsAt.toISOString().slice(0, 10);
      const usedToday = byDay.get(day) ?? new Map<string, number>();
      byDay.set(day, usedToday);

      const wanted = slot.style === 'kids' ? 4 : Math.ceil(slot.capacity / 5);
      const candidates = this.goats
        .filter((g) => (slot.style === 'kids' ? g.calm : true))
        .filter((g) => (usedToday.get(g.name) ?? 0) < g.maxSessionsPerDay)
        .sort((a, b) => (sessionsUsed.get(a.name) ?? 0) - (sessionsUsed.get(b.name) ?? 0))
        .slice(0, wanted);

      for (const goat of candidates) {
        usedToday.set(goat.name, (usedToday.get(goat.name) ?? 0) + 1);
        sessionsUsed.set(goat.name, (sessionsUsed.get(goat.name) ?? 0) + 1);
      }
      assignment.set(slot.id, candidates.map((g) => g.name));
    }
    return assignment;
  }

  async publishWeek(week: string): Promise<ClassSlot[]> {
    await this.refresh();
    const slots = await studioApi.listSlots(this.studio, week);
    const goatsBySlot = this.assignGoats(slots);

    const timetable: ClassSlot[] = slots.map((slot) => ({
      ...slot,
      goats: goatsBySlot.get(slot.id) ?? [],
      priceCents: this.prices[slot.style],
    }));

    const understaffed = timetable.filter((s) => s.goats.length === 0);
    if (understaffed.length > 0) {
      throw new Error(`no goats available for ${understaffed.map((s) => s.id).join(', ')}`);
    }
    await studioApi.publishTimetable(this.studio, week, timetable);
    return timetable;
  }
}
