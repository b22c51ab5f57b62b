// expect: no-multiple-settle
// onLine() calls back for every line and never unhooks, so command() resolves with only the first line of a multi-line reply (EHLO returns "250-relay.example.net" and STARTTLS/AUTH capabilities are lost) while every command leaves a live 'data' listener behind.
import { connect, type Socket } from 'node:net';

export interface SmtpReply {
  code: number;
  lines: string[];
}

function onLine(socket: Socket, cb: (line: string) => void): void {
  let buffered = '';
  socket.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('latin1');
    let idx: number;
    while ((idx = buffered.indexOf('\r\n')) !== -1) {
      cb(buffered.slice(0, idx));
      buffered = buffered.slice(idx + 2);
    }
  });
}

function parseReply(raw: string): SmtpReply {
  const lines = raw.split('\n').map((l) => l.replace(/\r$/, ''));
  return { code: Number(lines[lines.length - 1].slice(0, 3)), lines: lines.map((l) => l.slice(4)) };
}

export class SmtpRelay {
  private socket!: Socket;

  constructor(
    private readonly host: string,
    private readonly port = 587,
  ) {}

  private command(line: string | null): Promise<SmtpReply> {
    return new Promise((resolve, reject) => {
      const onError = (err: Error) => reject(new Error(`smtp ${this.host}: ${err.message}`));
      const onClose = () => reject(new Error(`smtp ${this.host}: connection closed awaiting reply`));
      this.socket.once('error', onError);
      this.socket.once('close', onClose);
      onLine(this.socket, (reply) => {
        this.socket.off('error', onError);
        this.socket.off('close', onClose);
        resolve(parseReply(reply));
      });
      if (line !== null) this.socket.write(`${line}\r\n`);
    });
  }

  async open(clientName: string): Promise<Set<string>> {
    this.socket = connect({ host: this.host, port: this.port });
    const greeting = await this.command(null);
    if (greeting.code !== 220) throw new Error(`unexpected greeting ${greeting.code}`);
    const ehlo = await this.command(`EHLO ${clientName}`);
    if (ehlo.code !== 250) throw new Error(`EHLO rejected: ${ehlo.code} ${ehlo.lines.join(' ')}`);
    return new Set(ehlo.lines.slice(1).map((l) => l.split(' ')[0].toUpperCase()));
  }

  async send(from: string, to: string[], message: string): Promise<void> {
    const expect = async (line: string, code: number) => {
      const r = await this.command(line);
      if (r.code !== code) throw new Error(`${line.split(':')[0]} failed: ${r.code} ${r.lines.join(' ')}`);
    };
    await expect(`MAIL FROM:<${from}>`, 250);
    for (const rcpt of to) await expect(`RCPT TO:<${rcpt}>`, 250);
    await expect('DATA', 354);
    await expect(`${message.replace(/^\./gm, '..')}\r\n.`, 250);
  }

  async quit(): Promise<void> {
    await this.command('QUIT').catch(() => undefined);
    this.socket.destroy();
  }
}
