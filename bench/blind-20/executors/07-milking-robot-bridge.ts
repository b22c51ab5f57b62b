// expect: no-multiple-settle
// command() adds a permanent 'message' listener per call that settles on whatever reply arrives next, so overlapping commands resolve with each other's replies and stale listeners keep firing.
import { fork, type ChildProcess } from 'node:child_process';

interface RobotReply {
  id: number;
  ok: boolean;
  result?: unknown;
  error?: string;
}

export interface CupStatus {
  teat: 'LF' | 'RF' | 'LR' | 'RR';
  attached: boolean;
  flowKgMin: number;
}

export interface MilkingYield {
  cowId: string;
  kg: number;
  conductivity: number;
  durationSec: number;
}

export class MilkingRobotBridge {
  private readonly child: ChildProcess;
  private seq = 0;

  constructor(driverPath: string, stallId: string) {
    this.child = fork(driverPath, ['--stall', stallId], {
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
  }

  private command<T>(op: string, args: Record<string, unknown> = {}, timeoutMs = 10_000): Promise<T> {
    const id = ++this.seq;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`robot command ${op}#${id} timed out after ${timeoutMs}ms`));
      }, timeoutMs);

      this.child.on('message', (raw) => {
        const reply = raw as RobotReply;
        clearTimeout(timer);
        if (reply.ok) resolve(reply.result as T);
        else reject(new Error(reply.error ?? `robot command ${op} failed`));
      });

      this.child.send({ id, op, args }, (err) => {
        if (err) {
          clearTimeout(timer);
          reject(err);
        }
      });
    });
  }

  identify(rfidTag: string): Promise<{ cowId: string; lastMilkedAt: string | null }> {
    return this.command('identify', { rfidTag });
  }

  attachCups(cowId: string): Promise<CupStatus[]> {
    return this.command('attach', { cowId }, 30_000);
  }

  cupStatus(): Promise<CupStatus[]> {
    return this.command('cups');
  }

  finish(cowId: string): Promise<MilkingYield> {
    return this.command('finish', { cowId }, 20_000);
  }

  async milk(rfidTag: string): Promise<MilkingYield> {
    const { cowId } = await this.identify(rfidTag);
    const cups = await this.attachCups(cowId);
    const missing = cups.filter((c) => !c.attached).map((c) => c.teat);
    if (missing.length > 0) {
      await this.command('retract', { cowId });
      throw new Error(`could not attach ${missing.join(', ')} on ${cowId}`);
    }
    return this.finish(cowId);
  }

  watchCups(onStatus: (cups: CupStatus[]) => void, everyMs = 1_000): () => void {
    const t = setInterval(() => {
      this.cupStatus().then(onStatus, () => {
        /* next tick will retry */
      });
    }, everyMs);
    return () => clearInterval(t);
  }

  shutdown(): Promise<void> {
    return new Promise((resolve) => {
      if (this.child.exitCode !== null || this.child.signalCode !== null) return resolve();
      this.child.once('exit', () => resolve());
      this.child.kill('SIGTERM');
    });
  }
}
