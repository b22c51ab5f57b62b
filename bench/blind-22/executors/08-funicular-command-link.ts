// expect: no-multiple-settle
// When the controller answers "HOLD" the pending entry is deleted and its timer cleared without resolving or rejecting, so that command's promise never settles.
import { EventEmitter } from 'node:events';

type Car = 'upper' | 'lower';

type Command =
  { kind: 'depart'; car: Car; speedMps: number } | { kind: 'stop'; car: Car; reason: string } | { kind: 'doors'; car: Car; open: boolean };

type ControllerFrame =
  | { id: number; status: 'ACK'; appliedAt: number }
  | { id: number; status: 'NAK'; code: string }
  | { id: number; status: 'HOLD'; interlock: string };

declare const plc: EventEmitter & {
  send(frame: { id: number; command: Command }): void;
};

interface Waiter {
  resolve(appliedAt: number): void;
  reject(err: Error): void;
  timer: NodeJS.Timeout;
  command: Command;
}

export class CommandLink {
  private nextId = 1;
  private waiters = new Map<number, Waiter>();

  constructor(private readonly ackTimeoutMs = 2000) {
    plc.on('frame', (frame: ControllerFrame) => this.handleFrame(frame));
    plc.on('disconnect', () => {
      for (const [id, w] of this.waiters) {
        clearTimeout(w.timer);
        w.reject(new Error(`PLC link lost while waiting on ${w.command.kind} #${id}`));
      }
      this.waiters.clear();
    });
  }

  send(command: Command): Promise<number> {
    const id = this.nextId++;
    return new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(id);
        reject(new Error(`${command.kind} #${id} not acknowledged in ${this.ackTimeoutMs}ms`));
      }, this.ackTimeoutMs);
      this.waiters.set(id, { resolve, reject, timer, command });
      plc.send({ id, command });
    });
  }

  private handleFrame(frame: ControllerFrame): void {
    const waiter = this.waiters.get(frame.id);
    if (!waiter) return;
    this.waiters.delete(frame.id);
    clearTimeout(waiter.timer);

    switch (frame.status) {
      case 'ACK':
        waiter.resolve(frame.appliedAt);
        break;
      case 'NAK':
        waiter.reject(new Error(`${waiter.command.kind} refused by controller: ${frame.code}`));
        break;
      case 'HOLD':
        console.warn(`${waiter.command.kind} on ${waiter.command.car} car held by interlock ${frame.interlock}`);
        break;
    }
  }

  async departBoth(speedMps: number): Promise<void> {
    // cars are rope-coupled, so both must be cleared before either moves
    await Promise.all([this.send({ kind: 'doors', car: 'upper', open: false }), this.send({ kind: 'doors', car: 'lower', open: false })]);
    await this.send({ kind: 'depart', car: 'upper', speedMps });
  }
}
