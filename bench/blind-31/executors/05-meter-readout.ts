// expect: no-multiple-settle
// On a checksum failure the callback rejects but does not return, so it falls through and also resolves with a decoded frame.
declare const radioGateway: {
  poll(meterId: string, opts: { channel: number; retries: number }, cb: (err: Error | null, frame?: Buffer) => void): void;
};

declare const readingsStore: {
  append(reading: MeterReading): Promise<void>;
  lastFor(meterId: string): Promise<MeterReading | undefined>;
};

export interface MeterReading {
  meterId: string;
  cubicMetres: number;
  flowLitresPerMin: number;
  batteryPct: number;
  tamperFlag: boolean;
  readAt: Date;
}

export class FrameChecksumError extends Error {
  constructor(readonly meterId: string, readonly expected: number, readonly actual: number) {
    super(`Checksum mismatch on meter ${meterId}: expected ${expected}, got ${actual}`);
    this.name = 'FrameChecksumError';
  }
}

function crc8(bytes: Uint8Array): number {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let i = 0; i < 8; i++) {
      crc = crc & 0x80 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
    }
  }
  return crc;
}

function decodeFrame(meterId: string, frame: Buffer): MeterReading {
  return {
    meterId,
    cubicMetres: frame.readUInt32BE(0) / 1000,
    flowLitresPerMin: frame.readUInt16BE(4) / 10,
    batteryPct: frame.readUInt8(6),
    tamperFlag: (frame.readUInt8(7) & 0x01) === 1,
    readAt: new Date(),
  };
}

function channelFor(meterId: string): number {
  let sum = 0;
  for (const ch of meterId) sum += ch.charCodeAt(0);
  return 11 + (sum % 16);
}

export function pollMeter(meterId: string): Promise<MeterReading> {
  return new Promise<MeterReading>((resolve, reject) => {
    radioGateway.poll(meterId, { channel: channelFor(meterId), retries: 2 }, (err, frame) => {
      if (err || !frame) {
        reject(err ?? new Error(`Meter ${meterId} returned an empty frame`));
        return;
      }
      const payload = frame.subarray(0, frame.length - 1);
      const expected = frame[frame.length - 1];
      const actual = crc8(payload);
      if (expected !== actual) {
        reject(new FrameChecksumError(meterId, expected, actual));
      }
      resolve(decodeFrame(meterId, payload));
    });
  });
}

export async function collectRoute(meterIds: string[]): Promise<{ read: number; anomalies: string[] }> {
  const anomalies: string[] = [];
  let read = 0;
  for (const meterId of meterIds) {
    const reading = await pollMeter(meterId);
    const previous = await readingsStore.lastFor(meterId);
    if (previous && reading.cubicMetres < previous.cubicMetres) {
      anomalies.push(`${meterId}: register went backwards`);
    }
    if (reading.tamperFlag) anomalies.push(`${meterId}: tamper flag set`);
    await readingsStore.append(reading);
    read++;
  }
  return { read, anomalies };
}
