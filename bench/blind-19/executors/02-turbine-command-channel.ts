// expect: none
// Every pending command is settled exactly once: each reply status resolves or rejects, the timeout rejects and deletes the entry, and close rejects all.
import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';

type ReplyStatus = 'ack' | 'nack' | 'busy';

interface TurbineReply {
  id: string;
  status: ReplyStatus;
  detail?: string;
  rpm?: number;
}

interface PendingCommand {
  resolve: (reply: TurbineReply) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

export interface ScadaLink extends EventEmitter {
  send(frame: string): void;
}

export class TurbineCommandChannel {
  private readonly pending = new Map<string, PendingCommand>();

  constructor(
    private readonly link: ScadaLink,
    private readonly timeoutMs = 8000,
  ) {
    link.on('frame', (raw: string) => this.onFrame(raw));
    link.on('close', () => this.failAll(new Error('SCADA link closed')));
  }

  pitch(turbineId: string, degrees: number): Promise<TurbineReply> {
    return this.command(turbineId, 'PITCH', degrees.toFixed(2));
  }

  yaw(turbineId: string, heading: number): Promise<TurbineReply> {
    return this.command(turbineId, 'YAW', String(Math.round(heading) % 360));
  }

  brake(turbineId: string): Promise<TurbineReply> {
    return this.command(turbineId, 'BRAKE', '1');
  }

  private command(turbineId: string, verb: string, arg: string): Promise<TurbineReply> {
    const id = randomUUID();
    return new Promise<TurbineReply>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${verb} to ${turbineId} timed out after ${this.timeoutMs}ms`));
      }, this.timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      try {
        this.link.send(`${id} ${turbineId} ${verb} ${arg}`);
      } catch (err) {
        clearTimeout(timer);
        this.pending.delete(id);
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
  }

  private onFrame(raw: string): void {
    let reply: TurbineReply;
    try {
      reply = JSON.parse(raw) as TurbineReply;
    } catch {
      return; // telemetry noise on the same link
    }
    const entry = this.pending.get(reply.id);
    if (!entry) return;
    this.pending.delete(reply.id);
    clearTimeout(entry.timer);

    switch (reply.status) {
      case 'ack':
        entry.resolve(reply);
        break;
      case 'nack':
        entry.reject(new Error(`controller rejected command: ${reply.detail ?? 'no detail'}`));
        break;
      case 'busy':
        entry.reject(new Error('controller busy, retry after current manoeuvre'));
        break;
      default:
        entry.reject(new Error(`unknown reply status ${String(reply.status)}`));
    }
  }

  private failAll(err: Error): void {
    for (const [id, entry] of this.pending) {
      clearTimeout(entry.timer);
      entry.reject(err);
      this.pending.delete(id);
    }
  }
}
