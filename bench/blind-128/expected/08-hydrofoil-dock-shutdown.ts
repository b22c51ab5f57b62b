// expect: no-uncalled-async-function
// The shutdown sequence puts this.flushBuffer into Promise.allSettled without calling it, so it "fulfils" immediately with the function and the buffered telemetry is never written to disk.
import { appendFile } from 'node:fs/promises';

export interface FoilSample {
  t: number;
  frontCm: number;
  rearCm: number;
  speedKn: number;
}

export interface Uplink {
  close(reason: string): Promise<void>;
}

export interface SensorHub {
  stopSampling(): Promise<number>;
}

export interface ShutdownReport {
  vessel: string;
  samplesFlushed: number;
  failures: string[];
}

export class DockShutdown {
  private buffer: FoilSample[] = [];
  private flushed = 0;

  constructor(
    private readonly vessel: string,
    private readonly hub: SensorHub,
    private readonly uplink: Uplink,
    private readonly logPath: string,
  ) {}

  record(sample: FoilSample): void {
    this.buffer.push(sample);
  }

  private async flushBuffer(): Promise<void> {
    if (this.buffer.length === 0) return;
    const batch = this.buffer;
    this.buffer = [];
    const lines = batch.map((s) => `${s.t},${s.frontCm},${s.rearCm},${s.speedKn}`).join('\n');
    await appendFile(this.logPath, lines + '\n', 'utf8');
    this.flushed += batch.length;
  }

  private async closeUplink(): Promise<void> {
    await this.uplink.close(`${this.vessel} docked`);
  }

  async run(): Promise<ShutdownReport> {
    const steps = ['stop sampling', 'flush buffer', 'close uplink'];
    const results = await Promise.allSettled([this.hub.stopSampling(), this.flushBuffer, this.closeUplink()]);

    const failures: string[] = [];
    results.forEach((r, i) => {
      if (r.status === 'rejected') {
        failures.push(`${steps[i]}: ${r.reason instanceof Error ? r.reason.message : String(r.reason)}`);
      }
    });

    return { vessel: this.vessel, samplesFlushed: this.flushed, failures };
  }
}

export function summarizeDocking(report: ShutdownReport): string {
  if (report.failures.length === 0) {
    return `${report.vessel}: docked cleanly, ${report.samplesFlushed} samples saved`;
  }
  return `${report.vessel}: docked with ${report.failures.length} problem(s) — ${report.failures.join('; ')}`;
}
