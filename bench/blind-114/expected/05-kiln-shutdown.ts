// expect: no-uncalled-async-function
// closeSerial is listed in the allSettled array as a bare method reference, so the serial port is never closed while the shutdown reports every step as done.
import { appendFile } from 'node:fs/promises';

export interface SerialPort {
  write(line: string): Promise<void>;
  drain(): Promise<void>;
  close(): Promise<void>;
}

export interface GasValveLease {
  release(reason: string): Promise<void>;
}

export class KilnStation {
  private sampling: NodeJS.Timeout | null = null;
  private pendingLog: string[] = [];
  private closed = false;

  constructor(
    private readonly port: SerialPort,
    private readonly gas: GasValveLease,
    private readonly logFile: string,
  ) {}

  startSampling(intervalMs = 10_000): void {
    this.sampling = setInterval(() => {
      this.pendingLog.push(`${new Date().toISOString()} sample-requested`);
    }, intervalMs);
  }

  async shutdown(reason: string): Promise<string[]> {
    if (this.closed) return [];
    this.closed = true;
    if (this.sampling) clearInterval(this.sampling);

    await this.port.write('ELEMENTS OFF');
    await this.port.write('BURNER OFF');

    const steps = ['firing-log', 'serial', 'gas-lease'];
    const results = await Promise.allSettled([
      this.flushFiringLog(),
      this.closeSerial,
      this.releaseGasLease(reason),
    ]);

    const problems: string[] = [];
    results.forEach((r, i) => {
      if (r.status === 'rejected') {
        problems.push(`${steps[i]}: ${r.reason instanceof Error ? r.reason.message : String(r.reason)}`);
      }
    });
    return problems;
  }

  private async flushFiringLog(): Promise<void> {
    const lines = this.pendingLog.splice(0);
    if (lines.length === 0) return;
    await appendFile(this.logFile, lines.join('\n') + '\n');
  }

  private async closeSerial(): Promise<void> {
    await this.port.drain();
    await this.port.close();
  }

  private async releaseGasLease(reason: string): Promise<void> {
    await this.gas.release(`kiln shutdown: ${reason}`);
  }
}
