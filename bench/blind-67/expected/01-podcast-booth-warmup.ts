// expect: no-uncalled-async-function
// warmUp puts this.refreshEquipment (the method) into Promise.all instead of calling it, so the equipment map is never loaded before ready flips.
export interface Engineer {
  id: string;
  name: string;
  shifts: Array<{ start: Date; end: Date }>;
}

export interface BoothEquipment {
  boothId: string;
  microphones: number;
  hasVideo: boolean;
  acousticRating: "A" | "B" | "C";
}

export interface BookingRequest {
  hostCount: number;
  guestCount: number;
  needsVideo: boolean;
  start: Date;
  end: Date;
}

declare const staffApi: { listEngineers(): Promise<Engineer[]> };
declare const inventoryApi: { listBoothEquipment(): Promise<BoothEquipment[]> };
declare const calendarApi: { busyBooths(from: Date, to: Date): Promise<Map<string, Array<[Date, Date]>>> };

export class BoothScheduler {
  private engineers: Engineer[] = [];
  private equipment = new Map<string, BoothEquipment>();
  private busy = new Map<string, Array<[Date, Date]>>();
  private ready = false;

  async warmUp(horizonDays = 14): Promise<void> {
    const now = new Date();
    const horizon = new Date(now.getTime() + horizonDays * 86_400_000);
    await Promise.all([this.refreshEngineers(), this.refreshEquipment, this.refreshCalendar(now, horizon)]);
    this.ready = true;
  }

  async refreshEngineers(): Promise<void> {
    this.engineers = await staffApi.listEngineers();
  }

  async refreshEquipment(): Promise<void> {
    const rows = await inventoryApi.listBoothEquipment();
    this.equipment = new Map(rows.map((row) => [row.boothId, row]));
  }

  async refreshCalendar(from: Date, to: Date): Promise<void> {
    this.busy = await calendarApi.busyBooths(from, to);
  }

  availableBooths(req: BookingRequest): BoothEquipment[] {
    if (!this.ready) {
      throw new Error("BoothScheduler.warmUp() has not completed");
    }
    const seatsNeeded = req.hostCount + req.guestCount;
    return [...this.equipment.values()]
      .filter((booth) => booth.microphones >= seatsNeeded)
      .filter((booth) => !req.needsVideo || booth.hasVideo)
      .filter((booth) => !this.overlaps(booth.boothId, req.start, req.end))
      .sort((a, b) => a.acousticRating.localeCompare(b.acousticRating) || a.microphones - b.microphones);
  }

  engineerOnShift(start: Date, end: Date): Engineer | undefined {
    return this.engineers.find((eng) =>
      eng.shifts.some((s) => s.start.getTime() <= start.getTime() && s.end.getTime() >= end.getTime()),
    );
  }

  private overlaps(boothId: string, start: Date, end: Date): boolean {
    const slots = this.busy.get(boothId) ?? [];
    return slots.some(([s, e]) => s.getTime() < end.getTime() && e.getTime() > start.getTime());
  }
}

export async function proposeSession(scheduler: BoothScheduler, req: BookingRequest) {
  const booths = scheduler.availableBooths(req);
  const engineer = scheduler.engineerOnShift(req.start, req.end);
  if (booths.length === 0 || !engineer) {
    return { ok: false as const, reason: booths.length === 0 ? "no-booth" : "no-engineer" };
  }
  return { ok: true as const, boothId: booths[0].boothId, engineerId: engineer.id };
}
