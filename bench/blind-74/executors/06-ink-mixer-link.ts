// expect: none
// Each withResolvers deferred is settled once: by its reply, its own timeout, or the close handler, and whichever runs first removes the entry and clears the timer.
import { connect, type Socket } from 'node:net';
import { createInterface } from 'node:readline';

export interface MixerReply {
  id: number;
  ok: boolean;
  error?: string;
  viscosityCp?: number;
  grams?: number;
}

type MixerCommand =
  | { op: 'dispense'; pigment: string; grams: number }
  | { op: 'stir'; rpm: number; seconds: number }
  | { op: 'measure' };

interface Pending {
  resolve: (reply: MixerReply) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

export class InkMixerLink {
  private readonly socket: Socket;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;
  private lastSocketError: Error | undefined;

  constructor(host: string, port: number, private readonly replyTimeoutMs = 4_000) {
    this.socket = connect({ host, port });
    this.socket.setEncoding('utf8');
    const lines = createInterface({ input: this.socket, crlfDelay: Infinity });
    const remember = (err: Error) => {
      this.lastSocketError = err;
    };
    lines.on('line', (line) => this.onLine(line));
    lines.on('error', remember);
    this.socket.on('error', remember);
    this.socket.on('close', () => this.onClose());
  }

  send(command: MixerCommand): Promise<MixerReply> {
    if (this.closed) {
      return Promise.reject(new Error('mixer link is closed', { cause: this.lastSocketError }));
    }
    const id = this.nextId++;
    const { promise, resolve, reject } = Promise.withResolvers<MixerReply>();
    const timer = setTimeout(() => {
      this.pending.delete(id);
      reject(new Error(`mixer did not answer ${command.op} #${id} within ${this.replyTimeoutMs} ms`));
    }, this.replyTimeoutMs);
    this.pending.set(id, { resolve, reject, timer });
    this.socket.write(`${JSON.stringify({ id, ...command })}\n`);
    return promise;
  }

  private onLine(line: string): void {
    let reply: MixerReply;
    try {
      reply = JSON.parse(line) as MixerReply;
    } catch {
      return; // firmware banner or debug chatter
    }
    const entry = this.pending.get(reply.id);
    if (!entry) return; // late reply after a timeout
    this.pending.delete(reply.id);
    clearTimeout(entry.timer);
    if (reply.ok) {
      entry.resolve(reply);
    } else {
      entry.reject(new Error(`mixer refused #${reply.id}: ${reply.error ?? 'unknown error'}`));
    }
  }

  private onClose(): void {
    this.closed = true;
    for (const entry of this.pending.values()) {
      clearTimeout(entry.timer);
      entry.reject(new Error('mixer link closed with command in flight', { cause: this.lastSocketError }));
    }
    this.pending.clear();
  }

  close(): void {
    this.socket.end();
  }
}

export async function mixShade(link: InkMixerLink, recipe: Record<string, number>): Promise<number> {
  for (const [pigment, grams] of Object.entries(recipe)) {
    await link.send({ op: 'dispense', pigment, grams });
  }
  await link.send({ op: 'stir', rpm: 600, seconds: 90 });
  const measured = await link.send({ op: 'measure' });
  if (measured.viscosityCp === undefined) throw new Error('mixer returned no viscosity');
  return measured.viscosityCp;
}
