// expect: no-multiple-settle
// command() subscribes with on('line') and never unsubscribes after a reply, so every old handler re-runs (re-settling and re-auditing) on each later line.
import { EventEmitter } from 'node:events';
import net from 'node:net';

export interface AuditEntry {
  command: string;
  reply: string;
  at: number;
}

export class DriveLink extends EventEmitter {
  private readonly socket: net.Socket;
  private readonly lines = new EventEmitter();
  private buffer = '';
  private chain: Promise<unknown> = Promise.resolve();
  readonly audit: AuditEntry[] = [];

  constructor(host: string, port = 4001) {
    super();
    this.socket = net.connect({ host, port });
    this.socket.setEncoding('ascii');
    this.socket.on('data', (chunk: string) => {
      this.buffer += chunk;
      let idx: number;
      while ((idx = this.buffer.indexOf('\r')) !== -1) {
        const line = this.buffer.slice(0, idx).trim();
        this.buffer = this.buffer.slice(idx + 1);
        if (line) this.lines.emit('line', line);
      }
    });
    this.socket.on('error', (err) => this.emit('link-error', err));
  }

  /** Commands are serialised: the drive controller only handles one at a time. */
  command(cmd: string, timeoutMs = 1_500): Promise<string> {
    const next = this.chain.then(() => this.send(cmd, timeoutMs));
    this.chain = next.catch(() => undefined);
    return next;
  }

  private send(cmd: string, timeoutMs: number): Promise<string> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.lines.off('line', onLine);
        reject(new Error(`drive did not acknowledge "${cmd}" within ${timeoutMs}ms`));
      }, timeoutMs);

      const onLine = (line: string) => {
        clearTimeout(timer);
        this.audit.push({ command: cmd, reply: line, at: Date.now() });
        if (line.startsWith('!')) {
          reject(new Error(`drive fault on "${cmd}": ${line.slice(1)}`));
        } else {
          resolve(line);
        }
      };

      this.lines.on('line', onLine);
      this.socket.write(`${cmd}\r`);
    });
  }

  async setLineSpeed(metersPerSecond: number): Promise<void> {
    const clamped = Math.max(0, Math.min(6, metersPerSecond));
    const reply = await this.command(`SPD ${clamped.toFixed(2)}`);
    if (reply !== 'OK') throw new Error(`unexpected reply to speed change: ${reply}`);
  }

  async readTelemetry(): Promise<{ speed: number; ropeTensionKn: number }> {
    const speed = Number(await this.command('SPD?'));
    const ropeTensionKn = Number(await this.command('TEN?'));
    return { speed, ropeTensionKn };
  }

  async emergencyStop(): Promise<void> {
    const state = await this.command('ESTOP', 500);
    this.emit('stopped', state);
  }

  close(): void {
    this.socket.end();
  }
}
