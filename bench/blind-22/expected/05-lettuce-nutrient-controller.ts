// expect: no-uncalled-async-function
// shutdown() puts `this.drainDosingQueue` (not its call) into Promise.all, so queued doses are dropped when the pump driver is killed.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { once } from 'node:events';

export interface Dose {
  channel: 'A' | 'B' | 'pH-down' | 'cal-mag';
  millilitres: number;
  raft: number;
}

interface Reading {
  ec: number;
  ph: number;
  waterTempC: number;
}

export class NutrientController {
  private queue: Dose[] = [];
  private driver: ChildProcessWithoutNullStreams;
  private lastReading: Reading | null = null;
  private dispensed = 0;

  constructor(
    private readonly snapshotPath: string,
    devicePath = '/dev/ttyUSB0',
  ) {
    this.driver = spawn('pumpctl', ['--device', devicePath, '--stdin']);
    this.driver.stdout.setEncoding('utf8');
    this.driver.stdout.on('data', (chunk: string) => {
      for (const line of chunk.split('\n')) {
        if (line.startsWith('READ ')) {
          const [ec, ph, temp] = line.slice(5).split(',').map(Number);
          this.lastReading = { ec, ph, waterTempC: temp };
        }
      }
    });
  }

  enqueue(dose: Dose): void {
    if (dose.millilitres <= 0 || dose.millilitres > 250) {
      throw new RangeError(`refusing ${dose.millilitres} ml on channel ${dose.channel}`);
    }
    this.queue.push(dose);
  }

  planCorrection(targetEc: number, targetPh: number, raft: number): Dose[] {
    const r = this.lastReading;
    if (!r) return [];
    const doses: Dose[] = [];
    if (r.ec < targetEc - 0.1) {
      const ml = Math.round((targetEc - r.ec) * 40);
      doses.push({ channel: 'A', millilitres: ml, raft }, { channel: 'B', millilitres: ml, raft });
    }
    if (r.ph > targetPh + 0.2) {
      doses.push({ channel: 'pH-down', millilitres: Math.round((r.ph - targetPh) * 15), raft });
    }
    return doses;
  }

  private async drainDosingQueue(): Promise<void> {
    while (this.queue.length > 0) {
      const dose = this.queue.shift()!;
      const ok = this.driver.stdin.write(`DOSE ${dose.raft} ${dose.channel} ${dose.millilitres}\n`);
      if (!ok) await once(this.driver.stdin, 'drain');
      this.dispensed += dose.millilitres;
    }
  }

  private async persistSnapshot(): Promise<void> {
    const snapshot = {
      at: new Date().toISOString(),
      reading: this.lastReading,
      dispensedMl: this.dispensed,
      queued: this.queue.length,
    };
    await writeFile(this.snapshotPath, JSON.stringify(snapshot, null, 2));
  }

  async tick(targetEc: number, targetPh: number, raft: number): Promise<void> {
    for (const dose of this.planCorrection(targetEc, targetPh, raft)) this.enqueue(dose);
    await this.drainDosingQueue();
  }

  async shutdown(): Promise<void> {
    await Promise.all([this.drainDosingQueue, this.persistSnapshot()]);
    this.driver.stdin.end();
    this.driver.kill('SIGTERM');
    await once(this.driver, 'exit');
  }
}
