// expect: no-read-before-settle
// `cancelled` is only incremented in the child processes' 'exit' listeners, but it is logged and returned synchronously right after spawning, so it is always 0.
import { spawn } from 'node:child_process';

export interface PrinterInfo {
  queue: string;
  room: string;
}

export interface QueuedJob {
  id: string;
  owner: string;
  bytes: number;
  submittedAt: Date;
}

export interface PrinterStatus {
  printer: PrinterInfo;
  jobs: QueuedJob[];
}

// lpstat -o lines look like: "lab3-mfp-42  alice  18432  Tue 14 May 2024 09:12:01 AM UTC"
function parseLpstat(stdout: string): QueuedJob[] {
  return stdout
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [id, owner, bytes, ...when] = line.split(/\s+/);
      return { id, owner, bytes: Number(bytes), submittedAt: new Date(when.join(' ')) };
    });
}

export class PrinterFarm {
  constructor(
    private readonly printers: PrinterInfo[],
    private readonly log: (msg: string) => void = console.log,
  ) {}

  probe(printer: PrinterInfo): Promise<PrinterStatus> {
    return new Promise((resolve, reject) => {
      const child = spawn('lpstat', ['-o', printer.queue], { timeout: 5_000 });
      let stdout = '';
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        stdout += chunk;
      });
      child.once('error', reject);
      child.once('close', (code) => {
        if (code !== 0) {
          reject(new Error(`lpstat exited with ${code} for ${printer.queue}`));
          return;
        }
        resolve({ printer, jobs: parseLpstat(stdout) });
      });
    });
  }

  async cancelStale(printer: PrinterInfo, maxAgeMinutes: number): Promise<number> {
    const status = await this.probe(printer);
    const cutoff = Date.now() - maxAgeMinutes * 60_000;
    const stale = status.jobs.filter((j) => j.submittedAt.getTime() < cutoff);

    let cancelled = 0;
    for (const job of stale) {
      const child = spawn('cancel', [job.id], { stdio: 'ignore' });
      child.on('error', (err) => this.log(`cancel ${job.id} failed to start: ${err.message}`));
      child.on('exit', (code) => {
        if (code === 0) {
          cancelled++;
        }
      });
    }

    this.log(`${printer.room}/${printer.queue}: cancelled ${cancelled} of ${stale.length} stale jobs`);
    return cancelled;
  }

  async sweep(maxAgeMinutes = 90): Promise<Map<string, number>> {
    const results = new Map<string, number>();
    for (const printer of this.printers) {
      try {
        results.set(printer.queue, await this.cancelStale(printer, maxAgeMinutes));
      } catch (err) {
        this.log(`skipping ${printer.queue}: ${(err as Error).message}`);
      }
    }
    return results;
  }
}
