// expect: none
// The async preparation happens before the plain executor, and the callback returns after reject so each path settles exactly once.
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';

const gzipAsync = promisify(gzip);

export interface PackSample {
  t: number;
  packVoltage: number;
  packCurrent: number;
  arrayWatts: number;
  speedKph: number;
  cellTempsC: number[];
}

interface TransmitReceipt {
  frameId: number;
  bytes: number;
  rssi: number;
}

declare const chaseVanModem: {
  transmit(frame: Buffer, cb: (err: Error | null, receipt?: TransmitReceipt) => void): void;
  readonly mtu: number;
};

declare function currentStageKm(): Promise<number>;

function summarize(samples: PackSample[]) {
  const n = samples.length || 1;
  const maxCell = Math.max(...samples.flatMap((s) => s.cellTempsC));
  return {
    avgSpeed: samples.reduce((a, s) => a + s.speedKph, 0) / n,
    avgArrayW: samples.reduce((a, s) => a + s.arrayWatts, 0) / n,
    netWh: samples.reduce((a, s) => a + (s.arrayWatts - s.packVoltage * s.packCurrent) / 3600, 0),
    maxCellC: Number.isFinite(maxCell) ? maxCell : null,
  };
}

export async function uplinkWindow(carNumber: number, samples: PackSample[]): Promise<TransmitReceipt> {
  const stageKm = await currentStageKm();
  const body = JSON.stringify({ car: carNumber, stageKm, summary: summarize(samples), samples });
  const frame = await gzipAsync(Buffer.from(body, 'utf8'));

  if (frame.length > chaseVanModem.mtu) {
    const keep = Math.max(1, Math.floor(samples.length / 2));
    return uplinkWindow(carNumber, samples.slice(-keep));
  }

  return new Promise<TransmitReceipt>((resolve, reject) => {
    chaseVanModem.transmit(frame, (err, receipt) => {
      if (err) {
        return reject(new Error(`uplink failed for car ${carNumber}: ${err.message}`, { cause: err }));
      }
      if (!receipt) {
        return reject(new Error('modem returned no receipt'));
      }
      resolve(receipt);
    });
  });
}

export class TelemetryBuffer {
  private samples: PackSample[] = [];

  constructor(
    private readonly carNumber: number,
    private readonly windowSize = 60,
  ) {}

  add(sample: PackSample): boolean {
    this.samples.push(sample);
    return this.samples.length >= this.windowSize;
  }

  async flush(): Promise<TransmitReceipt | null> {
    if (this.samples.length === 0) return null;
    const batch = this.samples;
    this.samples = [];
    try {
      return await uplinkWindow(this.carNumber, batch);
    } catch (err) {
      this.samples = batch.concat(this.samples);
      throw err;
    }
  }
}
