// expect: none
// Every pending request is settled exactly once: on its reply, on its own timeout, or when the socket closes, and is removed from the map each time.
import { connect, type Socket } from 'node:net';
import { createInterface } from 'node:readline';

interface QsoRecord {
  call: string;
  band: '160m' | '80m' | '40m' | '20m' | '15m' | '10m';
  mode: 'CW' | 'SSB' | 'FT8';
  rstSent: string;
  rstRcvd: string;
  exchange: string;
  utc: string;
}

type Reply = { seq: number; ok: true; points: number; dupe: boolean } | { seq: number; ok: false; error: string };

interface Pending {
  resolve(r: { points: number; dupe: boolean }): void;
  reject(e: Error): void;
  timer: NodeJS.Timeout;
}

export class ContestLogClient {
  private socket: Socket;
  private seq = 0;
  private pending = new Map<number, Pending>();

  constructor(
    host: string,
    port: number,
    private readonly timeoutMs = 5000,
  ) {
    this.socket = connect({ host, port });
    this.socket.setEncoding('utf8');
    createInterface({ input: this.socket }).on('line', (line) => this.onLine(line));
    this.socket.on('error', (err) => this.failAll(err));
    this.socket.on('close', () => this.failAll(new Error('log server connection closed')));
  }

  logQso(qso: QsoRecord): Promise<{ points: number; dupe: boolean }> {
    const seq = ++this.seq;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(seq);
        reject(new Error(`no reply from log server for ${qso.call} (seq ${seq})`));
      }, this.timeoutMs);
      this.pending.set(seq, { resolve, reject, timer });
      this.socket.write(JSON.stringify({ seq, op: 'log', qso }) + '\n');
    });
  }

  private onLine(line: string): void {
    let reply: Reply;
    try {
      reply = JSON.parse(line) as Reply;
    } catch {
      return;
    }
    const entry = this.pending.get(reply.seq);
    if (!entry) return;
    this.pending.delete(reply.seq);
    clearTimeout(entry.timer);
    if (reply.ok) {
      entry.resolve({ points: reply.points, dupe: reply.dupe });
    } else {
      entry.reject(new Error(reply.error));
    }
  }

  private failAll(err: Error): void {
    for (const [seq, entry] of this.pending) {
      clearTimeout(entry.timer);
      this.pending.delete(seq);
      entry.reject(err);
    }
  }

  close(): void {
    this.socket.end();
  }
}
