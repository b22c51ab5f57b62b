// expect: no-floating-promises
// The async 'window-open' listener returns a promise that EventEmitter ignores, so a failed uplink send becomes an unhandled rejection and the spliced batch is lost.
import { EventEmitter } from 'node:events';
import { appendFile, readFile, writeFile } from 'node:fs/promises';

export interface Observation {
  sensor: string;
  value: number;
  unit: string;
  takenAt: string;
}

export interface SatellitePass {
  satellite: string;
  seconds: number;
  elevationDeg: number;
}

export interface UplinkClient {
  send(batch: Observation[]): Promise<{ accepted: number }>;
}

export class UplinkQueue {
  private queue: Observation[] = [];
  private sentTotal = 0;
  private passesUsed = 0;

  constructor(
    private readonly passes: EventEmitter,
    private readonly uplink: UplinkClient,
    private readonly spoolFile: string,
    private readonly maxBatch = 500,
  ) {
    passes.on('window-open', async (pass: SatellitePass) => {
      if (pass.elevationDeg < 10) return;
      const budget = Math.min(this.maxBatch, Math.floor(pass.seconds * 4));
      const batch = this.queue.splice(0, budget);
      if (batch.length === 0) return;

      const { accepted } = await this.uplink.send(batch);
      this.sentTotal += accepted;
      this.passesUsed += 1;
      if (accepted < batch.length) {
        this.queue.unshift(...batch.slice(accepted));
      }
      await this.rewriteSpool();
    });
  }

  async restore(): Promise<number> {
    let text: string;
    try {
      text = await readFile(this.spoolFile, 'utf8');
    } catch {
      return 0;
    }
    this.queue = text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as Observation);
    return this.queue.length;
  }

  async record(obs: Observation): Promise<void> {
    this.queue.push(obs);
    await appendFile(this.spoolFile, JSON.stringify(obs) + '\n');
  }

  stats(): { queued: number; sent: number; passes: number } {
    return { queued: this.queue.length, sent: this.sentTotal, passes: this.passesUsed };
  }

  private async rewriteSpool(): Promise<void> {
    const body = this.queue.map((o) => JSON.stringify(o)).join('\n');
    await writeFile(this.spoolFile, body ? body + '\n' : '');
  }
}
