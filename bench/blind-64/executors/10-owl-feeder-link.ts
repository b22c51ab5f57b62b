// expect: none
// Each deferred is settled once: by its reply, by its own cleared timeout, or by failAll() when the socket errors or closes.
import { Socket, createConnection } from 'node:net';

export interface FeederCommand {
  feederId: string;
  action: 'dispense' | 'status' | 'lock';
  grams?: number;
}

export interface FeederReply {
  feederId: string;
  ok: boolean;
  hopperGrams: number;
  message?: string;
}

interface Outstanding {
  resolve: (reply: FeederReply) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

export class FeederLink {
  private readonly socket: Socket;
  private readonly outstanding = new Map<string, Outstanding>();
  private buffer = '';
  private seq = 0;

  constructor(host: string, port: number, private readonly replyTimeoutMs = 5_000) {
    this.socket = createConnection({ host, port });
    this.socket.setEncoding('utf8');
    this.socket.on('data', (chunk: string) => this.onData(chunk));
    this.socket.on('error', (err) => this.failAll(err));
    this.socket.on('close', () => this.failAll(new Error('feeder link closed')));
  }

  private onData(chunk: string): void {
    this.buffer += chunk;
    let nl: number;
    while ((nl = this.buffer.indexOf('\n')) >= 0) {
      const line = this.buffer.slice(0, nl);
      this.buffer = this.buffer.slice(nl + 1);
      const { tag, reply } = JSON.parse(line) as { tag: string; reply: FeederReply };
      const entry = this.outstanding.get(tag);
      if (!entry) continue;
      this.outstanding.delete(tag);
      clearTimeout(entry.timer);
      entry.resolve(reply);
    }
  }

  private failAll(err: Error): void {
    for (const [tag, entry] of this.outstanding) {
      clearTimeout(entry.timer);
      entry.reject(err);
      this.outstanding.delete(tag);
    }
  }

  send(command: FeederCommand): Promise<FeederReply> {
    if (this.socket.destroyed) {
      return Promise.reject(new Error('feeder link is not connected'));
    }
    const tag = `c${++this.seq}`;
    const { promise, resolve, reject } = Promise.withResolvers<FeederReply>();
    const timer = setTimeout(() => {
      this.outstanding.delete(tag);
      reject(new Error(`feeder ${command.feederId} did not answer ${command.action} in ${this.replyTimeoutMs}ms`));
    }, this.replyTimeoutMs);
    this.outstanding.set(tag, { resolve, reject, timer });
    this.socket.write(JSON.stringify({ tag, command }) + '\n');
    return promise;
  }

  close(): void {
    this.socket.end();
  }
}

export async function eveningFeed(link: FeederLink, rations: Record<string, number>): Promise<FeederReply[]> {
  const replies: FeederReply[] = [];
  for (const [feederId, grams] of Object.entries(rations)) {
    const status = await link.send({ feederId, action: 'status' });
    const toDispense = Math.min(grams, status.hopperGrams);
    if (toDispense <= 0) {
      replies.push({ ...status, ok: false, message: 'hopper empty' });
      continue;
    }
    replies.push(await link.send({ feederId, action: 'dispense', grams: toDispense }));
  }
  return replies;
}
