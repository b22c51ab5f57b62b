// expect: none
// Correct: each deferred is settled once — the ack handler clears its timer and deletes the entry, and the timer handler deletes the entry before rejecting, so neither path can fire after the other.
import { EventEmitter } from 'node:events';

export type GateId = 'upstream' | 'downstream';
export type GateCommand = 'open' | 'close' | 'hold';

interface GateAck {
  seq: number;
  gate: GateId;
  position: 'open' | 'closed' | 'moving';
  ok: boolean;
  fault?: string;
}

interface PendingMove {
  resolve: (ack: GateAck) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (err: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

declare const plc: {
  write(frame: string): void;
  on(event: 'frame', listener: (frame: string) => void): void;
};

export class LockGateController extends EventEmitter {
  private seq = 0;
  private readonly pending = new Map<number, PendingMove>();

  constructor(private readonly moveTimeoutMs = 90_000) {
    super();
    plc.on('frame', (frame) => this.onFrame(frame));
  }

  command(gate: GateId, cmd: GateCommand): Promise<GateAck> {
    const seq = ++this.seq;
    const { promise, resolve, reject } = deferred<GateAck>();

    const timer = setTimeout(() => {
      if (!this.pending.delete(seq)) return;
      this.emit('timeout', { gate, cmd, seq });
      reject(new Error(`${gate} gate did not acknowledge ${cmd} within ${this.moveTimeoutMs} ms`));
    }, this.moveTimeoutMs);

    this.pending.set(seq, { resolve, reject, timer });
    plc.write(JSON.stringify({ seq, gate, cmd }));
    return promise;
  }

  async cycleUpstream(): Promise<void> {
    await this.command('downstream', 'close');
    await this.command('upstream', 'open');
  }

  shutdown(): void {
    for (const [seq, entry] of this.pending) {
      clearTimeout(entry.timer);
      entry.reject(new Error(`controller shut down before seq ${seq} completed`));
    }
    this.pending.clear();
    this.removeAllListeners();
  }

  private onFrame(frame: string): void {
    let ack: GateAck;
    try {
      ack = JSON.parse(frame) as GateAck;
    } catch {
      this.emit('garbled', frame);
      return;
    }
    const entry = this.pending.get(ack.seq);
    if (!entry) return;
    this.pending.delete(ack.seq);
    clearTimeout(entry.timer);
    if (ack.ok) {
      entry.resolve(ack);
    } else {
      entry.reject(new Error(`${ack.gate} gate fault: ${ack.fault ?? 'unspecified'}`));
    }
  }
}
