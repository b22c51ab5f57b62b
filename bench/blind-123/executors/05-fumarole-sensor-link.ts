// expect: no-multiple-settle
// The per-request timeout timer is never cleared when the reply arrives, so after a successful resolve the timer still fires and rejects the same deferred later.
import { EventEmitter } from 'node:events';

export interface SerialPort extends EventEmitter {
  write(data: Buffer): void;
  close(): void;
}

export interface SensorFrame {
  seq: number;
  command: string;
  values: Record<string, number>;
}

type Pending = PromiseWithResolvers<SensorFrame>;

const STX = 0x02;
const ETX = 0x03;

function encode(seq: number, command: string): Buffer {
  const body = Buffer.from(`${seq.toString(16).padStart(4, '0')}:${command}`, 'ascii');
  return Buffer.concat([Buffer.from([STX]), body, Buffer.from([ETX])]);
}

function decode(raw: Buffer): SensorFrame | null {
  if (raw[0] !== STX || raw[raw.length - 1] !== ETX) return null;
  const text = raw.subarray(1, -1).toString('ascii');
  const [seqHex, command, ...pairs] = text.split(':');
  const values: Record<string, number> = {};
  for (const pair of pairs) {
    const [key, value] = pair.split('=');
    values[key] = Number(value);
  }
  return { seq: parseInt(seqHex, 16), command, values };
}

export class FumaroleSensorLink {
  private nextSeq = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly port: SerialPort,
    private readonly timeoutMs = 3_000,
  ) {
    port.on('data', (raw: Buffer) => this.onFrame(raw));
    port.on('close', () => this.failAll(new Error('sensor link closed')));
  }

  request(command: string): Promise<SensorFrame> {
    const seq = this.nextSeq++ & 0xffff;
    const deferred = Promise.withResolvers<SensorFrame>();
    this.pending.set(seq, deferred);

    setTimeout(() => {
      this.pending.delete(seq);
      deferred.reject(new Error(`fumarole sensor did not answer ${command} (seq ${seq}) within ${this.timeoutMs}ms`));
    }, this.timeoutMs);

    this.port.write(encode(seq, command));
    return deferred.promise;
  }

  async readGases(): Promise<{ so2: number; h2s: number; co2: number }> {
    const frame = await this.request('GAS?');
    return {
      so2: frame.values.SO2 ?? NaN,
      h2s: frame.values.H2S ?? NaN,
      co2: frame.values.CO2 ?? NaN,
    };
  }

  close(): void {
    this.failAll(new Error('sensor link closed by caller'));
    this.port.close();
  }

  private onFrame(raw: Buffer): void {
    const frame = decode(raw);
    if (!frame) return;
    const deferred = this.pending.get(frame.seq);
    if (!deferred) return;
    this.pending.delete(frame.seq);
    deferred.resolve(frame);
  }

  private failAll(err: Error): void {
    for (const deferred of this.pending.values()) deferred.reject(err);
    this.pending.clear();
  }
}
