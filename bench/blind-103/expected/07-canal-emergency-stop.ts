// expect: no-uncalled-async-function
// emergencyStop maps the gates to `g => g.close` (the method, not a call), so Promise.all resolves immediately with an array of functions, the gates never close, and the controller reports the lock safe while water is still running through it.
import { EventEmitter } from 'node:events';

export interface Gate {
  readonly name: string;
  close(): Promise<void>;
  isClosed(): Promise<boolean>;
}

export interface Paddle {
  readonly name: string;
  shut(): Promise<void>;
}

export interface HaltRecord {
  reason: string;
  at: string;
  gates: string[];
  paddles: string[];
}

export class LockController extends EventEmitter {
  private halted = false;

  constructor(
    readonly lockId: string,
    private readonly gates: Gate[],
    private readonly paddles: Paddle[],
  ) {
    super();
  }

  get isHalted(): boolean {
    return this.halted;
  }

  async emergencyStop(reason: string): Promise<HaltRecord> {
    if (this.halted) throw new Error(`${this.lockId} is already halted`);
    this.halted = true;
    this.emit('halt', { lockId: this.lockId, reason });

    // Paddles first so the chamber stops filling/draining, then swing the gates shut.
    await Promise.all(this.paddles.map((p) => p.shut()));
    await Promise.all(this.gates.map((g) => g.close));

    const record: HaltRecord = {
      reason,
      at: new Date().toISOString(),
      gates: this.gates.map((g) => g.name),
      paddles: this.paddles.map((p) => p.name),
    };
    this.emit('safe', record);
    return record;
  }

  async resume(keeper: string): Promise<void> {
    if (!this.halted) return;
    const closed = await Promise.all(this.gates.map((g) => g.isClosed()));
    if (closed.some((c) => !c)) {
      throw new Error(`${keeper}: cannot resume ${this.lockId}, a gate is still open`);
    }
    this.halted = false;
    this.emit('resumed', { lockId: this.lockId, keeper });
  }
}
