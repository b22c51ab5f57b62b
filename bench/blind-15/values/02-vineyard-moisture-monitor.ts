// expect: none
// The listener-updated reading is only read later from a separate method, and the first reading is awaited via once().
import { EventEmitter, once } from 'node:events';

export interface MoistureReading {
  blockId: string;
  volumetricPercent: number;
  takenAt: number;
}

declare const valveController: {
  open(blockId: string, minutes: number): Promise<void>;
  close(blockId: string): Promise<void>;
};

export class BlockMoistureMonitor {
  private latest: MoistureReading | undefined;
  private readonly history: MoistureReading[] = [];

  constructor(
    private readonly blockId: string,
    private readonly probe: EventEmitter,
    private readonly targetPercent: number,
  ) {
    this.probe.on('reading', (reading: MoistureReading) => {
      if (reading.blockId !== this.blockId) return;
      this.latest = reading;
      this.history.push(reading);
      if (this.history.length > 96) this.history.shift();
    });
  }

  async waitForFirstReading(timeoutMs = 30_000): Promise<MoistureReading> {
    if (this.latest) return this.latest;
    const [reading] = (await once(this.probe, 'reading', {
      signal: AbortSignal.timeout(timeoutMs),
    })) as [MoistureReading];
    return reading;
  }

  // Called by the irrigation scheduler every 15 minutes.
  async evaluate(): Promise<'irrigating' | 'ok' | 'stale'> {
    const reading = this.latest;
    if (!reading) return 'stale';
    if (Date.now() - reading.takenAt > 45 * 60_000) return 'stale';

    if (reading.volumetricPercent < this.targetPercent) {
      const deficit = this.targetPercent - reading.volumetricPercent;
      const minutes = Math.min(60, Math.ceil(deficit * 4));
      await valveController.open(this.blockId, minutes);
      return 'irrigating';
    }
    return 'ok';
  }

  averageOverLast(hours: number): number | null {
    const cutoff = Date.now() - hours * 3_600_000;
    const recent = this.history.filter((r) => r.takenAt >= cutoff);
    if (recent.length === 0) return null;
    return recent.reduce((sum, r) => sum + r.volumetricPercent, 0) / recent.length;
  }

  async shutdown(): Promise<void> {
    this.probe.removeAllListeners('reading');
    await valveController.close(this.blockId);
  }
}
