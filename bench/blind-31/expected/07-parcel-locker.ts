// expect: no-uncalled-async-function
// The .then callback in reclaimExpired returns this.refreshAvailability instead of calling it, so the availability cache is never refreshed.
export type CompartmentSize = 'S' | 'M' | 'L' | 'XL';

export interface Compartment {
  lockerId: string;
  door: number;
  size: CompartmentSize;
  parcelId?: string;
  depositedAt?: Date;
}

declare const lockerApi: {
  compartments(lockerId: string): Promise<Compartment[]>;
  openDoor(lockerId: string, door: number): Promise<void>;
  clearAssignment(lockerId: string, door: number): Promise<void>;
  notifyCourierReturn(lockerId: string, parcelIds: string[]): Promise<void>;
};

declare const sms: { send(phone: string, text: string): Promise<void> };

export class LockerSite {
  private availability = new Map<CompartmentSize, number>();
  private refreshedAt = 0;

  constructor(
    readonly lockerId: string,
    private readonly holdDays = 3,
  ) {}

  refreshAvailability = async (): Promise<void> => {
    const compartments = await lockerApi.compartments(this.lockerId);
    const counts = new Map<CompartmentSize, number>();
    for (const c of compartments) {
      if (!c.parcelId) counts.set(c.size, (counts.get(c.size) ?? 0) + 1);
    }
    this.availability = counts;
    this.refreshedAt = Date.now();
  };

  freeCount(size: CompartmentSize): number {
    return this.availability.get(size) ?? 0;
  }

  isStale(maxAgeMs = 60_000): boolean {
    return Date.now() - this.refreshedAt > maxAgeMs;
  }

  async reclaimExpired(now = new Date()): Promise<string[]> {
    const cutoff = now.getTime() - this.holdDays * 86_400_000;
    const compartments = await lockerApi.compartments(this.lockerId);
    const expired = compartments.filter(
      (c): c is Compartment & { parcelId: string; depositedAt: Date } =>
        c.parcelId !== undefined && c.depositedAt !== undefined && c.depositedAt.getTime() < cutoff,
    );
    if (expired.length === 0) return [];

    for (const c of expired) {
      await lockerApi.clearAssignment(this.lockerId, c.door);
    }
    const parcelIds = expired.map((c) => c.parcelId);
    await lockerApi.notifyCourierReturn(this.lockerId, parcelIds).then(() => this.refreshAvailability);
    return parcelIds;
  }

  async collect(door: number, recipientPhone: string): Promise<void> {
    await lockerApi.openDoor(this.lockerId, door);
    await lockerApi.clearAssignment(this.lockerId, door);
    await this.refreshAvailability();
    await sms.send(recipientPhone, `Parcel collected from locker ${this.lockerId}, door ${door}. Thank you!`);
  }
}

export async function pickSite(sites: LockerSite[], size: CompartmentSize): Promise<LockerSite | undefined> {
  for (const site of sites) {
    if (site.isStale()) await site.refreshAvailability();
  }
  return sites
    .filter((s) => s.freeCount(size) > 0)
    .sort((a, b) => b.freeCount(size) - a.freeCount(size))[0];
}
