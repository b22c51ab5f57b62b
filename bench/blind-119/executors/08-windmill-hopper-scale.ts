// expect: no-multiple-settle
// requestLine only settles on a complete reply line or a socket error, so if the scale's serial bridge ends the connection mid-reply the promise never settles.
import { connect, type Socket } from 'node:net';

export interface WeightReading {
  kg: number;
  stable: boolean;
  tare: number;
}

export class HopperScale {
  private socket: Socket;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(host: string, port = 4001) {
    this.socket = connect(port, host);
    this.socket.setEncoding('latin1');
  }

  readWeight(): Promise<WeightReading> {
    return this.exclusive(async () => {
      const line = await this.requestLine('W');
      return parseWeight(line);
    });
  }

  async tare(): Promise<number> {
    return this.exclusive(async () => {
      const line = await this.requestLine('T');
      if (!line.startsWith('T ')) {
        throw new Error(`unexpected tare reply: ${line}`);
      }
      return Number(line.slice(2));
    });
  }

  close(): void {
    this.socket.end();
  }

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private requestLine(command: string): Promise<string> {
    return new Promise<string>((resolve, reject) => {
      let buffer = '';
      const onData = (chunk: string) => {
        buffer += chunk;
        const end = buffer.indexOf('\r\n');
        if (end >= 0) {
          this.socket.off('data', onData);
          this.socket.off('error', onError);
          resolve(buffer.slice(0, end));
        }
      };
      const onError = (err: Error) => {
        this.socket.off('data', onData);
        reject(err);
      };
      this.socket.on('data', onData);
      this.socket.once('error', onError);
      this.socket.write(`${command}\r\n`);
    });
  }
}

function parseWeight(line: string): WeightReading {
  const match = /^(ST|US),GS,\s*([+-]?\d+(?:\.\d+)?)\s*kg(?:,T\s*(\d+(?:\.\d+)?))?$/.exec(line);
  if (!match) {
    throw new Error(`unparseable scale reply: ${JSON.stringify(line)}`);
  }
  return {
    stable: match[1] === 'ST',
    kg: Number(match[2]),
    tare: match[3] ? Number(match[3]) : 0,
  };
}

export async function waitForStableWeight(scale: HopperScale, attempts = 10): Promise<WeightReading> {
  for (let i = 0; i < attempts; i++) {
    const reading = await scale.readWeight();
    if (reading.stable) return reading;
  }
  throw new Error(`scale did not stabilise after ${attempts} reads`);
}
