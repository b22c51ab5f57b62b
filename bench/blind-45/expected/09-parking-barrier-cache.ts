// expect: none
// loadTariff and releaseLane are handed over as functions to APIs that take functions (the cache loader, .finally); every await gets a promise.
export interface Tariff {
  garageId: string;
  firstHourCents: number;
  perExtraHourCents: number;
  dailyCapCents: number;
  graceMinutes: number;
}

export interface ExitTicket {
  plate: string;
  enteredAt: number;
}

declare const tariffService: {
  fetchTariff(garageId: string): Promise<Tariff>;
};

declare const barrierIo: {
  raise(lane: number): Promise<void>;
  lower(lane: number): Promise<void>;
};

class TtlCache<K, V> {
  private readonly entries = new Map<K, { value: Promise<V>; expires: number }>();

  constructor(private readonly load: (key: K) => Promise<V>, private readonly ttlMs: number) {}

  get(key: K): Promise<V> {
    const hit = this.entries.get(key);
    if (hit && hit.expires > Date.now()) return hit.value;
    const value = this.load(key);
    this.entries.set(key, { value, expires: Date.now() + this.ttlMs });
    value.catch(() => this.entries.delete(key));
    return value;
  }
}

export class ExitLaneController {
  private busy = false;
  private readonly tariffs: TtlCache<string, Tariff>;

  constructor(
    private readonly garageId: string,
    private readonly lane: number,
  ) {
    this.tariffs = new TtlCache(this.loadTariff, 10 * 60_000);
  }

  private readonly loadTariff = (garageId: string): Promise<Tariff> => tariffService.fetchTariff(garageId);

  private readonly releaseLane = (): void => {
    this.busy = false;
  };

  async feeFor(ticket: ExitTicket, now = Date.now()): Promise<number> {
    const tariff = await this.tariffs.get(this.garageId);
    const minutes = Math.max(0, (now - ticket.enteredAt) / 60_000);
    if (minutes <= tariff.graceMinutes) return 0;

    const days = Math.floor(minutes / 1440);
    const remainder = minutes - days * 1440;
    const extraHours = Math.max(0, Math.ceil((remainder - 60) / 60));
    const partial = Math.min(
      tariff.dailyCapCents,
      remainder > 0 ? tariff.firstHourCents + extraHours * tariff.perExtraHourCents : 0,
    );
    return days * tariff.dailyCapCents + partial;
  }

  async openForPaidTicket(ticket: ExitTicket, paidCents: number): Promise<boolean> {
    const due = await this.feeFor(ticket);
    if (paidCents < due) return false;
    if (this.busy) return false;

    this.busy = true;
    await barrierIo
      .raise(this.lane)
      .then(() => new Promise<void>((resolve) => setTimeout(resolve, 6_000)))
      .then(() => barrierIo.lower(this.lane))
      .finally(this.releaseLane);
    return true;
  }
}
