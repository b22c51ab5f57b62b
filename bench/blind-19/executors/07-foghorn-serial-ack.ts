// expect: none
// Each command's 'data' listener, 'error' listener and timer are removed on the first ACK/NAK, error or timeout, so nothing lingers or settles twice.
import { EventEmitter } from 'node:events';

export interface SerialPortLike extends EventEmitter {
  write(data: string, cb?: (err?: Error | null) => void): boolean;
}

export type HornPattern = 'fog-2-short' | 'fog-1-long' | 'test-blast' | 'silence';

const PATTERN_CODES: Record<HornPattern, string> = {
  'fog-2-short': 'P2S',
  'fog-1-long': 'P1L',
  'test-blast': 'TST',
  silence: 'OFF',
};

export class FoghornController {
  private buffer = '';

  constructor(
    private readonly port: SerialPortLike,
    private readonly ackTimeoutMs = 1500,
  ) {}

  setPattern(pattern: HornPattern): Promise<void> {
    return this.send(`SET ${PATTERN_CODES[pattern]}`);
  }

  selfTest(): Promise<void> {
    return this.send('DIAG');
  }

  private send(command: string): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer | string) => {
        this.buffer += chunk.toString();
        let newline: number;
        while ((newline = this.buffer.indexOf('\r\n')) >= 0) {
          const line = this.buffer.slice(0, newline);
          this.buffer = this.buffer.slice(newline + 2);
          if (line === `ACK ${command}`) {
            finish();
            resolve();
            return;
          }
          if (line.startsWith('NAK')) {
            finish();
            reject(new Error(`foghorn refused "${command}": ${line.slice(4)}`));
            return;
          }
        }
      };
      const onError = (err: Error) => {
        finish();
        reject(err);
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`no ACK for "${command}" within ${this.ackTimeoutMs}ms`));
      }, this.ackTimeoutMs);
      const finish = () => {
        clearTimeout(timer);
        this.port.off('data', onData);
        this.port.off('error', onError);
      };

      this.port.on('data', onData);
      this.port.on('error', onError);
      this.port.write(`${command}\r\n`, (err) => {
        if (err) onError(err);
      });
    });
  }
}

export async function applyVisibilitySchedule(horn: FoghornController, visibilityNm: number): Promise<HornPattern> {
  const pattern: HornPattern = visibilityNm < 0.5 ? 'fog-2-short' : visibilityNm < 2 ? 'fog-1-long' : 'silence';
  await horn.setPattern(pattern);
  return pattern;
}
