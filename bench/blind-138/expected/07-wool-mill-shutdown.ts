// expect: no-uncalled-async-function
// shutdown() writes `await this.flushPendingBatts` without calling it, so awaiting the method itself resolves immediately and the ledger is closed with batts still unflushed.
import { EventEmitter } from 'node:events';

export interface BattRecord {
  lotId: string;
  sequence: number;
  weightKg: number;
}

export interface Ledger {
  appendMany(records: BattRecord[]): Promise<void>;
  close(): Promise<void>;
}

export interface Drive {
  rampDown(seconds: number): Promise<void>;
  engageBrake(): Promise<void>;
}

export class CardingMill extends EventEmitter {
  private pending: BattRecord[] = [];
  private running = false;
  private flushTimer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly ledger: Ledger, private readonly drive: Drive, private readonly flushEvery = 25) {
    super();
  }

  start(): void {
    this.running = true;
    this.flushTimer = setInterval(() => {
      this.flushPendingBatts().catch((err: unknown) => this.emit('error', err));
    }, 30_000);
  }

  record(batt: BattRecord): void {
    if (!this.running) throw new Error('Mill is not running');
    this.pending.push(batt);
    if (this.pending.length >= this.flushEvery) {
      this.flushPendingBatts().catch((err: unknown) => this.emit('error', err));
    }
  }

  async flushPendingBatts(): Promise<number> {
    if (this.pending.length === 0) return 0;
    const batch = this.pending;
    this.pending = [];
    try {
      await this.ledger.appendMany(batch);
    } catch (err) {
      this.pending = batch.concat(this.pending);
      throw err;
    }
    this.emit('flushed', batch.length);
    return batch.length;
  }

  async shutdown(): Promise<void> {
    this.running = false;
    clearInterval(this.flushTimer);
    await this.drive.rampDown(45);
    await this.drive.engageBrake();
    await this.flushPendingBatts;
    await this.ledger.close();
    this.emit('stopped');
  }
}
