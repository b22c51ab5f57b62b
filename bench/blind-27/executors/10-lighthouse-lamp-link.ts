// expect: none
// Each stored deferred is settled exactly once: by its reply (clearing its timer), by its own timeout, or by the close handler that rejects everything still pending.
import { Socket, connect } from 'node:net';

type LampCommand =
  | { cmd: 'rotate'; rpm: number }
  | { cmd: 'lamp'; on: boolean }
  | { cmd: 'fog-signal'; pattern: string }
  | { cmd: 'telemetry' };

interface LampReply {
  id: number;
  ok: boolean;
  reason?: string;
  telemetry?: { rpm: number; lampHours: number; mercuryBathTempC: number };
}

interface PendingCommand {
  deferred: PromiseWithResolvers<LampReply>;
  timer: NodeJS.Timeout;
}

export class LanternRoomLink {
  private readonly pending = new Map<number, PendingCommand>();
  private nextId = 1;
  private readonly socket: Socket;

  constructor(host: string, port: number, private readonly commandTimeoutMs = 5_000) {
    this.socket = connect({ host, port });
    this.socket.setEncoding('utf8');
    let partial = '';
    this.socket.on('data', (chunk: string) => {
      const lines = (partial + chunk).split(/\r?\n/);
      partial = lines.pop() ?? '';
      for (const line of lines) {
        if (line.length > 0) this.onLine(line);
      }
    });
    this.socket.on('error', () => {
      // 'close' always follows and fails whatever is outstanding
    });
    this.socket.on('close', () => this.failAll(new Error('lantern room link closed')));
  }

  private onLine(line: string) {
    let reply: LampReply;
    try {
      reply = JSON.parse(line) as LampReply;
    } catch {
      return;
    }
    const entry = this.pending.get(reply.id);
    if (!entry) return;
    this.pending.delete(reply.id);
    clearTimeout(entry.timer);
    if (reply.ok) entry.deferred.resolve(reply);
    else entry.deferred.reject(new Error(reply.reason ?? 'command rejected by lamp controller'));
  }

  private failAll(err: Error) {
    for (const [id, entry] of this.pending) {
      clearTimeout(entry.timer);
      entry.deferred.reject(err);
      this.pending.delete(id);
    }
  }

  send(command: LampCommand): Promise<LampReply> {
    if (this.socket.destroyed) {
      return Promise.reject(new Error('lantern room link is down'));
    }
    const id = this.nextId++;
    const deferred = Promise.withResolvers<LampReply>();
    const timer = setTimeout(() => {
      this.pending.delete(id);
      deferred.reject(new Error(`${command.cmd} not acknowledged within ${this.commandTimeoutMs} ms`));
    }, this.commandTimeoutMs);
    this.pending.set(id, { deferred, timer });
    this.socket.write(JSON.stringify({ id, ...command }) + '\n');
    return deferred.promise;
  }

  async dusk(): Promise<void> {
    await this.send({ cmd: 'lamp', on: true });
    await this.send({ cmd: 'rotate', rpm: 2 });
  }

  async dawn(): Promise<void> {
    await this.send({ cmd: 'rotate', rpm: 0 });
    await this.send({ cmd: 'lamp', on: false });
  }

  close(): void {
    this.socket.end();
  }
}
