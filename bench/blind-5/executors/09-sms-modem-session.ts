// expect: no-multiple-settle
// exchange() only settles on an OK or ERROR line; if the ser2net link drops or the modem resets mid-command, the socket closes, no line ever arrives and the promise hangs forever, blocking every queued SMS behind it.
import { connect, type Socket } from 'node:net';
import { once } from 'node:events';
import { createInterface, type Interface } from 'node:readline';

export class ModemError extends Error {
  constructor(
    readonly command: string,
    readonly response: string,
  ) {
    super(`${command} -> ${response}`);
  }
}

declare const log: { warn(msg: string, meta?: object): void };

export class ModemSession {
  private tail: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly sock: Socket,
    private readonly lines: Interface,
  ) {}

  static async open(host: string, port: number): Promise<ModemSession> {
    const sock = connect({ host, port });
    await once(sock, 'connect');
    sock.setEncoding('latin1');
    sock.on('error', (err) => log.warn('modem link error', { host, err: err.message }));
    const session = new ModemSession(sock, createInterface({ input: sock, crlfDelay: Infinity }));
    await session.send('ATE0'); // disable echo
    return session;
  }

  /** Commands are serialised: the modem handles one at a time. */
  send(cmd: string): Promise<string[]> {
    const run = this.tail.then(() => this.exchange(cmd));
    this.tail = run.catch(() => undefined);
    return run;
  }

  private exchange(cmd: string): Promise<string[]> {
    return new Promise((resolve, reject) => {
      const body: string[] = [];
      const onLine = (raw: string) => {
        const line = raw.trim();
        if (line === '' || line === cmd) return;
        if (line === 'OK') {
          this.lines.off('line', onLine);
          resolve(body);
        } else if (line === 'ERROR' || line.startsWith('+CME ERROR') || line.startsWith('+CMS ERROR')) {
          this.lines.off('line', onLine);
          reject(new ModemError(cmd, line));
        } else {
          body.push(line);
        }
      };
      this.lines.on('line', onLine);
      this.sock.write(`${cmd}\r`);
    });
  }

  async signalQuality(): Promise<number | null> {
    const [reply] = await this.send('AT+CSQ');
    const rssi = Number(/^\+CSQ:\s*(\d+)/.exec(reply ?? '')?.[1]);
    return Number.isFinite(rssi) && rssi !== 99 ? -113 + 2 * rssi : null;
  }

  async sendSms(to: string, text: string): Promise<void> {
    await this.send('AT+CMGF=1');
    await this.send(`AT+CMGS="${to}"\r${text}\x1a`);
  }

  close(): void {
    this.lines.close();
    this.sock.end();
  }
}
