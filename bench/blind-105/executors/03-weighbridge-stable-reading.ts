// expect: no-multiple-settle
// The 'data' handler resolves on every stable frame and is never detached, so after the first stable weight each later stable frame calls resolve again (and after a timeout, resolve after reject), while every call leaves another live listener on the serial port.
import type { Readable } from 'node:stream';

export interface WeightFrame {
  kg: number;
  stable: boolean;
  motion: boolean;
}

// Indicator frames look like "ST,GS,+0012340kg" / "US,GS,+0012310kg".
export function parseFrame(line: string): WeightFrame | null {
  const m = /^(ST|US),(GS|NT),([+-]\d{7})kg$/.exec(line);
  if (!m) return null;
  return { kg: Number(m[3]), stable: m[1] === 'ST', motion: m[1] === 'US' };
}

export class NoStableReadingError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no stable reading within ${timeoutMs} ms`);
    this.name = 'NoStableReadingError';
  }
}

export class Weighbridge {
  private buffered = '';

  constructor(private readonly port: Readable, private readonly tareKg = 0) {
    port.setEncoding('ascii');
  }

  readStableWeight(timeoutMs = 10_000): Promise<number> {
    return new Promise((resolve, reject) => {
      const onError = (err: Error): void => {
        clearTimeout(timer);
        reject(err);
      };

      const timer = setTimeout(() => {
        this.port.off('error', onError);
        reject(new NoStableReadingError(timeoutMs));
      }, timeoutMs);

      const onData = (chunk: string): void => {
        this.buffered += chunk;
        let nl: number;
        while ((nl = this.buffered.indexOf('\n')) !== -1) {
          const line = this.buffered.slice(0, nl).trim();
          this.buffered = this.buffered.slice(nl + 1);
          const frame = parseFrame(line);
          if (frame?.stable && !frame.motion) {
            clearTimeout(timer);
            this.port.off('error', onError);
            resolve(frame.kg - this.tareKg);
          }
        }
      };

      this.port.on('data', onData);
      this.port.once('error', onError);
    });
  }
}

export async function weighTruck(bridge: Weighbridge, plate: string): Promise<string> {
  const kg = await bridge.readStableWeight();
  return `${plate.toUpperCase()}: ${kg.toLocaleString('en-GB')} kg gross`;
}
