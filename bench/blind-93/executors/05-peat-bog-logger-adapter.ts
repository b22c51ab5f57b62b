// expect: no-multiple-settle
// The error branch of the driver callback rejects but does not return, so it falls through to resolve() with an undefined buffer.
import { promisify } from 'node:util';

/** Vendor driver for the piezometer data loggers out on the bog transects. */
interface LoggerDriver {
  open(port: string, cb: (err: Error | null) => void): void;
  read(channel: number, cb: (err: Error | null, raw?: Buffer) => void): void;
  close(cb: (err: Error | null) => void): void;
}

declare const driver: LoggerDriver;

export interface WaterTableSample {
  transect: string;
  channel: number;
  depthCm: number;
  sampledAt: string;
}

const MV_PER_CM = 4.85;
const SURFACE_OFFSET_MV = 1212;

function decodeMillivolts(raw: Buffer): number {
  if (raw.length < 2) throw new Error(`short frame (${raw.length} bytes)`);
  return raw.readUInt16BE(0);
}

export function openLogger(port: string): Promise<void> {
  return promisify(driver.open.bind(driver))(port);
}

export function readChannel(channel: number): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    driver.read(channel, (err, raw) => {
      if (err) {
        reject(new Error(`logger channel ${channel}: ${err.message}`));
      }
      resolve(decodeMillivolts(raw as Buffer));
    });
  });
}

export function closeLogger(): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    driver.close((err) => (err ? reject(err) : resolve()));
  });
}

export async function sampleTransect(
  transect: string,
  port: string,
  channels: number[],
): Promise<WaterTableSample[]> {
  await openLogger(port);
  try {
    const samples: WaterTableSample[] = [];
    for (const channel of channels) {
      const mv = await readChannel(channel);
      samples.push({
        transect,
        channel,
        depthCm: Math.round(((mv - SURFACE_OFFSET_MV) / MV_PER_CM) * 10) / 10,
        sampledAt: new Date().toISOString(),
      });
    }
    return samples;
  } finally {
    await closeLogger();
  }
}

export function summarise(samples: WaterTableSample[]): { mean: number; deepest: number } {
  if (samples.length === 0) return { mean: NaN, deepest: NaN };
  const depths = samples.map((s) => s.depthCm);
  return {
    mean: depths.reduce((a, b) => a + b, 0) / depths.length,
    deepest: Math.max(...depths),
  };
}
