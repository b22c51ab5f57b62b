// expect: no-multiple-settle
// Each command() registers a port.on('data') handler that is never removed, so handlers pile up on every poll and old ones keep firing on later replies.
import { EventEmitter } from 'node:events';

interface SerialPortLike extends EventEmitter {
  write(data: string, cb: (err: Error | null | undefined) => void): boolean;
  close(cb?: (err: Error | null) => void): void;
}

declare function openSerialPort(path: string, opts: { baudRate: number; dataBits: 7 | 8; parity: 'none' | 'even' }): SerialPortLike;

export interface WeightReading {
  grams: number;
  stable: boolean;
  at: number;
}

const REPLY_TERMINATOR = '\r\n';

export class ShippingScale extends EventEmitter {
  private readonly port: SerialPortLike;
  private pollTimer: NodeJS.Timeout | null = null;
  private busy = false;

  constructor(devicePath: string) {
    super();
    this.port = openSerialPort(devicePath, { baudRate: 9600, dataBits: 7, parity: 'even' });
  }

  private command(cmd: string, timeoutMs = 1500): Promise<string> {
    return new Promise((resolve, reject) => {
      let buffer = '';
      const timer = setTimeout(() => reject(new Error(`scale did not answer "${cmd}" within ${timeoutMs}ms`)), timeoutMs);

      this.port.on('data', (chunk: Buffer) => {
        buffer += chunk.toString('latin1');
        const end = buffer.indexOf(REPLY_TERMINATOR);
        if (end !== -1) {
          clearTimeout(timer);
          resolve(buffer.slice(0, end));
        }
      });

      this.port.write(cmd + REPLY_TERMINATOR, (err) => {
        if (err) {
          clearTimeout(timer);
          reject(err);
        }
      });
    });
  }

  async tare(): Promise<void> {
    const reply = await this.command('T');
    if (!reply.startsWith('T S')) throw new Error(`tare rejected: ${reply}`);
  }

  async read(): Promise<WeightReading> {
    // e.g. "S S     1234.5 g" (stable) or "S D     1230.0 g" (dynamic)
    const reply = await this.command('S');
    const match = /^S ([SD])\s+(-?\d+(?:\.\d+)?)\s*g$/.exec(reply.trim());
    if (!match) throw new Error(`unexpected scale reply: ${JSON.stringify(reply)}`);
    return { stable: match[1] === 'S', grams: Number(match[2]), at: Date.now() };
  }

  startPolling(intervalMs = 250): void {
    this.stopPolling();
    this.pollTimer = setInterval(async () => {
      if (this.busy) return;
      this.busy = true;
      try {
        const reading = await this.read();
        this.emit('reading', reading);
      } catch (err) {
        this.emit('readFailed', err);
      } finally {
        this.busy = false;
      }
    }, intervalMs);
  }

  stopPolling(): void {
    if (this.pollTimer) clearInterval(this.pollTimer);
    this.pollTimer = null;
  }

  close(): Promise<void> {
    this.stopPolling();
    return new Promise((resolve, reject) => this.port.close((err) => (err ? reject(err) : resolve())));
  }
}
