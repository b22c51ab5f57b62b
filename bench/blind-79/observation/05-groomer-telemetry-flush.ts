// expect: none
// Correct: per-machine uploads go through Promise.all over map (not forEach), and the one fire-and-forget heartbeat is voided with a catch attached.
interface GroomerPing {
  machineId: string;
  at: number;
  lat: number;
  lon: number;
  tillerDown: boolean;
  fuelPct: number;
}

interface Uploader {
  upload(machineId: string, pings: GroomerPing[]): Promise<{ accepted: number }>;
  heartbeat(depotId: string): Promise<void>;
}

declare const uploader: Uploader;
declare const log: { info(msg: string): void; error(msg: string, err: unknown): void };

export class TelemetryBuffer {
  private readonly byMachine = new Map<string, GroomerPing[]>();
  private flushing = false;

  constructor(private readonly depotId: string, private readonly maxPerMachine = 1_000) {}

  add(ping: GroomerPing): void {
    const list = this.byMachine.get(ping.machineId) ?? [];
    list.push(ping);
    if (list.length > this.maxPerMachine) list.splice(0, list.length - this.maxPerMachine);
    this.byMachine.set(ping.machineId, list);
  }

  lowFuel(thresholdPct = 20): string[] {
    const out: string[] = [];
    this.byMachine.forEach((pings, machineId) => {
      const last = pings[pings.length - 1];
      if (last && last.fuelPct < thresholdPct) out.push(machineId);
    });
    return out;
  }

  async flush(): Promise<number> {
    if (this.flushing) return 0;
    this.flushing = true;
    void uploader
      .heartbeat(this.depotId)
      .catch((err) => log.error(`heartbeat failed for depot ${this.depotId}`, err));

    try {
      const batches = [...this.byMachine.entries()];
      this.byMachine.clear();

      const results = await Promise.all(
        batches.map(async ([machineId, pings]) => {
          const sorted = pings.sort((a, b) => a.at - b.at);
          try {
            const { accepted } = await uploader.upload(machineId, sorted);
            return accepted;
          } catch (err) {
            const requeued = this.byMachine.get(machineId) ?? [];
            this.byMachine.set(machineId, sorted.concat(requeued));
            log.error(`upload failed for ${machineId}; requeued ${sorted.length}`, err);
            return 0;
          }
        }),
      );

      const total = results.reduce((a, b) => a + b, 0);
      log.info(`depot ${this.depotId}: flushed ${total} pings from ${batches.length} groomers`);
      return total;
    } finally {
      this.flushing = false;
    }
  }
}

export function tillerCoverageKm(pings: readonly GroomerPing[]): number {
  let km = 0;
  for (let i = 1; i < pings.length; i++) {
    if (!pings[i].tillerDown || !pings[i - 1].tillerDown) continue;
    const dLat = (pings[i].lat - pings[i - 1].lat) * 111.32;
    const dLon = (pings[i].lon - pings[i - 1].lon) * 111.32 * Math.cos((pings[i].lat * Math.PI) / 180);
    km += Math.hypot(dLat, dLon);
  }
  return km;
}
