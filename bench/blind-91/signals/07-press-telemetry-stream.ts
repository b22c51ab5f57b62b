// expect: none
// The signal is handed to events.on(), to stream.pipeline() and to the timers/promises interval, so an abort ends the for-await loops and tears down the pipeline; nothing catches the resulting AbortError.
import { EventEmitter, on } from 'node:events';
import { createWriteStream } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setInterval as every } from 'node:timers/promises';

export interface PressReading {
  unit: number;
  bar: number;
  juiceLitres: number;
  brix: number;
  at: number;
}

export interface TelemetryOptions {
  signal: AbortSignal;
  flushEveryMs?: number;
}

export async function* readings(press: EventEmitter, signal: AbortSignal): AsyncGenerator<PressReading> {
  for await (const [reading] of on(press, 'reading', { signal })) {
    yield reading as PressReading;
  }
}

function toNdjson(): Transform {
  return new Transform({
    objectMode: true,
    transform(reading: PressReading, _enc, cb) {
      cb(null, JSON.stringify(reading) + '\n');
    },
  });
}

export async function recordPressing(press: EventEmitter, file: string, opts: TelemetryOptions): Promise<void> {
  opts.signal.throwIfAborted();
  await pipeline(Readable.from(readings(press, opts.signal)), toNdjson(), createWriteStream(file, { flags: 'a' }), {
    signal: opts.signal,
  });
}

export async function trackYield(
  press: EventEmitter,
  opts: TelemetryOptions,
  report: (summary: { litres: number; meanBrix: number }) => void,
): Promise<void> {
  let litres = 0;
  let brixSum = 0;
  let samples = 0;

  press.on('reading', onReading);
  function onReading(r: PressReading) {
    litres = Math.max(litres, r.juiceLitres);
    brixSum += r.brix;
    samples++;
  }

  try {
    for await (const _ of every(opts.flushEveryMs ?? 30_000, undefined, { signal: opts.signal })) {
      report({ litres, meanBrix: samples ? brixSum / samples : 0 });
    }
  } finally {
    press.off('reading', onReading);
  }
}

export function fermentationEstimate(meanBrix: number): { potentialAbv: number; style: string } {
  // rough rule of thumb: ABV ≈ brix × 0.55 for a dry finish
  const potentialAbv = Math.round(meanBrix * 0.55 * 10) / 10;
  const style = potentialAbv >= 7.5 ? 'strong' : potentialAbv >= 5.5 ? 'farmhouse' : 'session';
  return { potentialAbv, style };
}
