// expect: none
// The reply deferred on the class is settled only when the final "NNN " line of a (possibly multi-line) reply arrives, and the single set of socket listeners rejects it on 'error' and 'close', so every command settles exactly once.
import { connect, type Socket } from 'node:net';

export interface SmtpReply {
  code: number;
  lines: string[];
}

interface ReplyWaiter {
  command: string;
  lines: string[];
  resolve: (reply: SmtpReply) => void;
  reject: (err: Error) => void;
}

export class SmtpSession {
  private readonly socket: Socket;
  private waiter: ReplyWaiter | null = null;
  private buffered = '';
  private failure: Error | null = null;

  private constructor(
    private readonly host: string,
    port: number,
  ) {
    this.socket = connect({ host, port });
    this.socket.on('data', (chunk: Buffer) => this.onData(chunk));
    this.socket.on('error', (err) => this.fail(new Error(`smtp ${host}: ${err.message}`)));
    this.socket.on('close', () => this.fail(new Error(`smtp ${host}: connection closed`)));
  }

  static async open(host: string, clientName: string, port = 587): Promise<{ session: SmtpSession; extensions: Set<string> }> {
    const session = new SmtpSession(host, port);
    try {
      const greeting = await session.command(null);
      if (greeting.code !== 220) throw new Error(`unexpected greeting ${greeting.code}`);
      const ehlo = await session.command(`EHLO ${clientName}`);
      if (ehlo.code !== 250) throw new Error(`EHLO rejected: ${ehlo.code}`);
      return { session, extensions: new Set(ehlo.lines.slice(1).map((l) => l.split(' ')[0].toUpperCase())) };
    } catch (err) {
      session.socket.destroy();
      throw err;
    }
  }

  private onData(chunk: Buffer): void {
    this.buffered += chunk.toString('latin1');
    let idx: number;
    while ((idx = this.buffered.indexOf('\r\n')) !== -1) {
      const line = this.buffered.slice(0, idx);
      this.buffered = this.buffered.slice(idx + 2);
      const waiter = this.waiter;
      if (!waiter) continue;
      waiter.lines.push(line.slice(4));
      if (line[3] === '-') continue;
      this.waiter = null;
      waiter.resolve({ code: Number(line.slice(0, 3)), lines: waiter.lines });
    }
  }

  private fail(err: Error): void {
    this.failure ??= err;
    const waiter = this.waiter;
    this.waiter = null;
    waiter?.reject(new Error(`${err.message} (while waiting for ${waiter.command || 'greeting'})`));
  }

  command(line: string | null): Promise<SmtpReply> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.waiter) return Promise.reject(new Error(`command issued while ${this.waiter.command} is in flight`));
    return new Promise<SmtpReply>((resolve, reject) => {
      this.waiter = { command: line?.split(' ')[0] ?? '', lines: [], resolve, reject };
      if (line !== null) this.socket.write(`${line}\r\n`);
    });
  }

  async quit(): Promise<void> {
    try {
      await this.command('QUIT');
    } finally {
      this.socket.destroy();
    }
  }
}
