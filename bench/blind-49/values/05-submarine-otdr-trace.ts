// expect: no-read-before-settle
// loadTrace registers a 'data' handler that fills samples, then synchronously analyses samples, which is still empty because no chunk can have arrived yet.
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';

export interface OtdrEvent {
  distanceKm: number;
  lossDb: number;
  kind: 'repeater' | 'splice' | 'fault' | 'end';
}

export interface TraceAnalysis {
  segment: string;
  samples: number;
  events: OtdrEvent[];
  worstLossDb: number;
}

declare const cableRegistry: {
  repeaterSpacingKm(segment: string): number;
};

declare const nocLog: {
  error(msg: string, fields?: Record<string, unknown>): void;
};

const SAMPLE_SPACING_KM = 0.05;
const FAULT_STEP_DB = 1.5;

function decodeChunk(chunk: Buffer): number[] {
  const values: number[] = [];
  for (let i = 0; i + 4 <= chunk.length; i += 4) {
    values.push(chunk.readFloatLE(i));
  }
  return values;
}

export function analyse(segment: string, samples: number[]): TraceAnalysis {
  const spacing = cableRegistry.repeaterSpacingKm(segment);
  const events: OtdrEvent[] = [];
  let worst = 0;
  for (let i = 1; i < samples.length; i++) {
    const step = samples[i - 1] - samples[i];
    if (Math.abs(step) < 0.2) continue;
    const distanceKm = i * SAMPLE_SPACING_KM;
    worst = Math.max(worst, step);
    const nearRepeater = Math.abs(distanceKm % spacing) < 0.5 || spacing - (distanceKm % spacing) < 0.5;
    const kind: OtdrEvent['kind'] = step < 0 && nearRepeater ? 'repeater' : step > FAULT_STEP_DB ? 'fault' : 'splice';
    events.push({ distanceKm: Number(distanceKm.toFixed(2)), lossDb: Number(step.toFixed(2)), kind });
  }
  if (samples.length > 0) {
    events.push({ distanceKm: samples.length * SAMPLE_SPACING_KM, lossDb: 0, kind: 'end' });
  }
  return { segment, samples: samples.length, events, worstLossDb: worst };
}

export function loadTrace(segment: string, path: string): TraceAnalysis {
  const samples: number[] = [];
  let carry = Buffer.alloc(0);
  const stream = createReadStream(path).pipe(createGunzip());
  stream.on('data', (chunk: Buffer) => {
    const joined = Buffer.concat([carry, chunk]);
    const usable = joined.length - (joined.length % 4);
    samples.push(...decodeChunk(joined.subarray(0, usable)));
    carry = joined.subarray(usable);
  });
  stream.on('error', (err) => {
    nocLog.error('OTDR trace unreadable', { segment, path, err: err.message });
  });
  return analyse(segment, samples);
}

export function faultsOnly(analysis: TraceAnalysis): OtdrEvent[] {
  return analysis.events.filter((e) => e.kind === 'fault');
}
