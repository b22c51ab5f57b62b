// expect: none
// tick() catches everything itself so its promise cannot reject; setInterval and the signal handler discard it deliberately with void or a .catch().
export interface HullTelemetry {
  vessel: string;
  shaftRpm: number;
  hullStressMpa: number;
  iceLoadKn: number;
  position: { lat: number; lon: number };
  sampledAt: string;
}

declare const plc: { readBlock(name: 'propulsion' | 'hull' | 'nav'): Promise<Record<string, number>> };
declare const uplink: { post(batch: HullTelemetry[]): Promise<void>; close(): Promise<void> };
declare const log: { warn(msg: string, err?: unknown): void; error(msg: string, err?: unknown): void };

export class TelemetryLoop {
  private timer: NodeJS.Timeout | null = null;
  private buffer: HullTelemetry[] = [];
  private inFlight = false;

  constructor(
    private readonly vessel: string,
    private readonly periodMs = 2_000,
    private readonly batchSize = 30,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.tick(), this.periodMs);
    process.once('SIGTERM', () => {
      this.stop().catch((err) => log.error('telemetry shutdown failed', err));
    });
  }

  private async tick(): Promise<void> {
    if (this.inFlight) return;
    this.inFlight = true;
    try {
      const [propulsion, hull, nav] = await Promise.all([
        plc.readBlock('propulsion'),
        plc.readBlock('hull'),
        plc.readBlock('nav'),
      ]);
      this.buffer.push({
        vessel: this.vessel,
        shaftRpm: propulsion.rpm,
        hullStressMpa: hull.stress,
        iceLoadKn: hull.iceLoad,
        position: { lat: nav.lat, lon: nav.lon },
        sampledAt: new Date().toISOString(),
      });
      if (this.buffer.length >= this.batchSize) {
        const batch = this.buffer;
        this.buffer = [];
        await uplink.post(batch);
      }
    } catch (err) {
      // satellite link drops are routine in the ice; keep sampling
      log.warn(`telemetry tick failed for ${this.vessel}`, err);
    } finally {
      this.inFlight = false;
    }
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.buffer.length > 0) {
      const batch = this.buffer;
      this.buffer = [];
      await uplink.post(batch);
    }
    await uplink.close();
  }
}
