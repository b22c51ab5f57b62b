// expect: none
// Each deferred lives in the pending map until exactly one of reply, timeout or socket close removes it, and that remover is the only one that settles it.
import { connect, type Socket } from 'node:net';
import { createInterface } from 'node:readline';

export interface ValveReply {
  id: number;
  ok: boolean;
  flowLitresPerMin?: number;
  error?: string;
}

interface Pending {
  deferred: PromiseWithResolvers<ValveReply>;
  timer: NodeJS.Timeout;
  command: string;
}

declare const greenhouseLog: {
  debug(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
};

export class ValveControllerClient {
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;
  private readonly socket: Socket;

  constructor(host: string, port: number, private readonly replyTimeoutMs = 4_000) {
    this.socket = connect({ host, port });
    this.socket.setEncoding('utf8');
    const lines = createInterface({ input: this.socket, crlfDelay: Infinity });
    lines.on('line', (line) => this.onLine(line));
    this.socket.on('error', (err) => greenhouseLog.warn('valve link error', { error: err.message }));
    this.socket.on('close', () => this.failAll(new Error('valve controller connection closed')));
  }

  send(command: string, args: Record<string, string | number> = {}): Promise<ValveReply> {
    if (this.closed) return Promise.reject(new Error('valve controller connection closed'));
    const id = this.nextId++;
    const deferred = Promise.withResolvers<ValveReply>();
    const timer = setTimeout(() => {
      if (this.pending.delete(id)) {
        deferred.reject(new Error(`no reply to ${command} #${id} within ${this.replyTimeoutMs} ms`));
      }
    }, this.replyTimeoutMs);
    this.pending.set(id, { deferred, timer, command });
    this.socket.write(JSON.stringify({ id, command, ...args }) + '\n');
    return deferred.promise;
  }

  openZone(zone: string, litres: number): Promise<ValveReply> {
    return this.send('open', { zone, litres });
  }

  closeZone(zone: string): Promise<ValveReply> {
    return this.send('close', { zone });
  }

  close(): void {
    this.socket.end();
  }

  private onLine(line: string): void {
    let reply: ValveReply;
    try {
      reply = JSON.parse(line) as ValveReply;
    } catch {
      greenhouseLog.warn('discarding malformed valve reply', { line });
      return;
    }
    const entry = this.pending.get(reply.id);
    if (!entry) {
      greenhouseLog.debug('late or unknown valve reply', { id: reply.id });
      return;
    }
    this.pending.delete(reply.id);
    clearTimeout(entry.timer);
    if (reply.ok) {
      entry.deferred.resolve(reply);
    } else {
      entry.deferred.reject(new Error(`${entry.command} failed: ${reply.error ?? 'unknown controller error'}`));
    }
  }

  private failAll(err: Error): void {
    this.closed = true;
    for (const [id, entry] of this.pending) {
      clearTimeout(entry.timer);
      this.pending.delete(id);
      entry.deferred.reject(err);
    }
  }
}

export async function irrigateZones(client: ValveControllerClient, plan: Array<{ zone: string; litres: number }>) {
  const delivered: Record<string, number> = {};
  for (const { zone, litres } of plan) {
    const reply = await client.openZone(zone, litres);
    delivered[zone] = reply.flowLitresPerMin ?? 0;
  }
  return delivered;
}
