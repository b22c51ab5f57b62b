// expect: none
// correct: each stored deferred is settled exactly once, by its acknowledgement, its own timeout, or the socket closing, and is removed from the pending map first.
import { Socket } from 'node:net';

export interface FillCommand {
  lane: number;
  jarMillilitres: number;
  fruit: string;
  headspaceMm: number;
}

export interface FillAck {
  seq: number;
  lane: number;
  filled: number;
  rejects: number;
}

interface Pending {
  resolve: (ack: FillAck) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

export class FillerLink {
  private readonly pending = new Map<number, Pending>();
  private seq = 0;
  private buffered = '';

  constructor(
    private readonly socket: Socket,
    private readonly ackTimeoutMs = 3_000,
  ) {
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => this.onData(chunk));
    socket.on('close', () => this.failAll(new Error('filler controller connection closed')));
    socket.on('error', (err) => this.failAll(err));
  }

  send(command: FillCommand): Promise<FillAck> {
    const seq = ++this.seq;
    const { promise, resolve, reject } = Promise.withResolvers<FillAck>();

    const timer = setTimeout(() => {
      if (this.pending.delete(seq)) {
        reject(new Error(`lane ${command.lane}: no ack for command ${seq}`));
      }
    }, this.ackTimeoutMs);

    this.pending.set(seq, { resolve, reject, timer });
    this.socket.write(JSON.stringify({ seq, ...command }) + '\n');
    return promise;
  }

  private onData(chunk: string): void {
    this.buffered += chunk;
    let newline = this.buffered.indexOf('\n');
    while (newline !== -1) {
      const line = this.buffered.slice(0, newline);
      this.buffered = this.buffered.slice(newline + 1);
      newline = this.buffered.indexOf('\n');
      if (!line.trim()) continue;

      const ack = JSON.parse(line) as FillAck;
      const entry = this.pending.get(ack.seq);
      if (!entry) continue;
      this.pending.delete(ack.seq);
      clearTimeout(entry.timer);
      entry.resolve(ack);
    }
  }

  private failAll(err: Error): void {
    for (const [seq, entry] of this.pending) {
      this.pending.delete(seq);
      clearTimeout(entry.timer);
      entry.reject(err);
    }
  }
}

export async function fillBatch(link: FillerLink, commands: FillCommand[]): Promise<{ filled: number; rejects: number }> {
  let filled = 0;
  let rejects = 0;
  for (const command of commands) {
    const ack = await link.send(command);
    filled += ack.filled;
    rejects += ack.rejects;
  }
  return { filled, rejects };
}
