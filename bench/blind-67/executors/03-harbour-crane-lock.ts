// expect: no-multiple-settle
// awaitSpreaderLock never clears its timeout when the ack arrives, so the timer still fires later and calls reject on an already-resolved promise.
import { EventEmitter } from "node:events";

export interface LockAck {
  containerId: string;
  twistlocks: 4;
  loadKg: number;
}

export type CraneCommand =
  | { kind: "lock"; containerId: string }
  | { kind: "hoist"; containerId: string; heightCm: number }
  | { kind: "release"; containerId: string };

export interface CraneLink extends EventEmitter {
  readonly id: string;
  send(cmd: CraneCommand): void;
}

export interface ContainerMove {
  containerId: string;
  fromBay: string;
  toSlot: string;
  declaredKg: number;
}

declare const yardSystem: {
  confirmMove(move: ContainerMove, measuredKg: number): Promise<void>;
  flagWeightMismatch(containerId: string, declaredKg: number, measuredKg: number): Promise<void>;
};

const LOCK_TIMEOUT_MS = 8_000;
const WEIGHT_TOLERANCE = 0.05;

function awaitSpreaderLock(crane: CraneLink, containerId: string, timeoutMs: number): Promise<LockAck> {
  return new Promise<LockAck>((resolve, reject) => {
    const onAck = (ack: LockAck) => {
      if (ack.containerId !== containerId) {
        return;
      }
      crane.off("lock-ack", onAck);
      resolve(ack);
    };
    setTimeout(() => {
      crane.off("lock-ack", onAck);
      reject(new Error(`crane ${crane.id}: no lock ack for ${containerId} after ${timeoutMs}ms`));
    }, timeoutMs);
    crane.on("lock-ack", onAck);
    crane.send({ kind: "lock", containerId });
  });
}

export class CraneDispatcher {
  private readonly queue: ContainerMove[] = [];
  private running = false;

  constructor(private readonly crane: CraneLink) {}

  enqueue(move: ContainerMove): void {
    this.queue.push(move);
  }

  get pending(): number {
    return this.queue.length;
  }

  async drain(): Promise<number> {
    if (this.running) {
      throw new Error(`crane ${this.crane.id} is already dispatching`);
    }
    this.running = true;
    let completed = 0;
    try {
      while (this.queue.length > 0) {
        const move = this.queue.shift()!;
        await this.execute(move);
        completed++;
      }
    } finally {
      this.running = false;
    }
    return completed;
  }

  private async execute(move: ContainerMove): Promise<void> {
    const ack = await awaitSpreaderLock(this.crane, move.containerId, LOCK_TIMEOUT_MS);
    const drift = Math.abs(ack.loadKg - move.declaredKg) / move.declaredKg;
    if (drift > WEIGHT_TOLERANCE) {
      this.crane.send({ kind: "release", containerId: move.containerId });
      await yardSystem.flagWeightMismatch(move.containerId, move.declaredKg, ack.loadKg);
      return;
    }
    this.crane.send({ kind: "hoist", containerId: move.containerId, heightCm: 1_850 });
    await yardSystem.confirmMove(move, ack.loadKg);
  }
}
