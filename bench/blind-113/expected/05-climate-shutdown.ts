// expect: no-uncalled-async-function
// The shutdown sequence writes await this.closeFreshAirDampers without calling it, so the dampers are left open while the fans idle and the shutdown reports success.
export interface HvacBus {
  setFanSpeed(zone: string, pct: number): Promise<void>;
  setDamper(zone: string, openPct: number): Promise<void>;
  setHumidifier(zone: string, on: boolean): Promise<void>;
}

export interface ReadingSink {
  writeBatch(rows: Array<[string, number, number, number]>): Promise<void>;
}

export class FruitingRoomClimate {
  private readonly buffer: Array<[string, number, number, number]> = [];
  private sampler: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly zones: string[],
    private readonly bus: HvacBus,
    private readonly sink: ReadingSink,
  ) {}

  record(zone: string, rh: number, co2: number, tempC: number): void {
    if (this.stopped) return;
    this.buffer.push([zone, rh, co2, tempC]);
  }

  startSampling(read: () => void, everyMs = 30_000): void {
    this.sampler = setInterval(read, everyMs);
  }

  async setFansToIdle(): Promise<void> {
    for (const zone of this.zones) await this.bus.setFanSpeed(zone, 15);
  }

  async closeFreshAirDampers(): Promise<void> {
    for (const zone of this.zones) await this.bus.setDamper(zone, 0);
  }

  async humidifiersOff(): Promise<void> {
    await Promise.all(this.zones.map((zone) => this.bus.setHumidifier(zone, false)));
  }

  async flushReadings(): Promise<number> {
    let written = 0;
    while (this.buffer.length > 0) {
      const rows = this.buffer.splice(0, 200);
      await this.sink.writeBatch(rows);
      written += rows.length;
    }
    return written;
  }

  async shutdown(): Promise<{ flushed: number }> {
    this.stopped = true;
    if (this.sampler) clearInterval(this.sampler);
    this.sampler = null;

    await this.humidifiersOff();
    await this.setFansToIdle();
    await this.closeFreshAirDampers;
    const flushed = await this.flushReadings();
    return { flushed };
  }
}
