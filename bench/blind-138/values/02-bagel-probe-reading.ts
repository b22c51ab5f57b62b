// expect: none
// The probe CLI result is only read inside the execFile callback, which settles a promise, and the caller awaits that promise before recording lastCoreC.
import { execFile } from 'node:child_process';

export interface CoreReading {
  batchId: string;
  celsius: number;
  at: Date;
}

export function readProbe(port: string, timeoutMs = 5_000): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    execFile('bagelprobe', ['--port', port, '--once', '--unit=c'], { timeout: timeoutMs }, (err, stdout) => {
      if (err) {
        reject(err);
        return;
      }
      const celsius = Number.parseFloat(stdout.trim());
      if (Number.isNaN(celsius)) {
        reject(new Error(`Probe on ${port} returned ${JSON.stringify(stdout)}`));
        return;
      }
      resolve(celsius);
    });
  });
}

export class DoneCheck {
  private lastCoreC: number | undefined;
  private readonly history: CoreReading[] = [];

  constructor(private readonly port: string, private readonly doneAtC = 93) {}

  async check(batchId: string): Promise<{ done: boolean; celsius: number }> {
    const celsius = await readProbe(this.port);
    this.lastCoreC = celsius;
    this.history.push({ batchId, celsius, at: new Date() });
    return { done: celsius >= this.doneAtC, celsius };
  }

  get last(): number | undefined {
    return this.lastCoreC;
  }

  risingTooSlowly(batchId: string, minDegreesPerMinute = 4): boolean {
    const readings = this.history.filter((r) => r.batchId === batchId);
    if (readings.length < 2) return false;
    const first = readings[0]!;
    const latest = readings[readings.length - 1]!;
    const minutes = (latest.at.getTime() - first.at.getTime()) / 60_000;
    if (minutes <= 0) return false;
    return (latest.celsius - first.celsius) / minutes < minDegreesPerMinute;
  }
}

export async function waitUntilDone(check: DoneCheck, batchId: string, pollMs = 30_000, maxChecks = 20): Promise<number> {
  for (let i = 0; i < maxChecks; i++) {
    const { done, celsius } = await check.check(batchId);
    if (done) return celsius;
    await new Promise<void>((resolve) => setTimeout(resolve, pollMs));
  }
  throw new Error(`Batch ${batchId} never reached core temperature`);
}
