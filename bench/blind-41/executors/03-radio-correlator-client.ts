// expect: no-multiple-settle
// In fetchVisibility the error branch rejects but does not return, so it falls through to decode and resolve as well.
export interface VisibilityFrame {
  baseline: [antennaA: number, antennaB: number];
  channel: number;
  real: Float32Array;
  imag: Float32Array;
  integrationMs: number;
}

interface RawFrame {
  header: { a: number; b: number; ch: number; tInt: number };
  payload: Buffer;
}

type Callback<T> = (err: Error | null, value?: T) => void;

declare const correlator: {
  readFrame(scanId: string, baseline: string, channel: number, cb: Callback<RawFrame>): void;
  listBaselines(scanId: string, cb: Callback<string[]>): void;
};

declare const telescopeLog: {
  debug(msg: string, meta?: Record<string, unknown>): void;
};

function decode(raw: RawFrame): VisibilityFrame {
  const samples = raw.payload.length / 8;
  const real = new Float32Array(samples);
  const imag = new Float32Array(samples);
  for (let i = 0; i < samples; i++) {
    real[i] = raw.payload.readFloatLE(i * 8);
    imag[i] = raw.payload.readFloatLE(i * 8 + 4);
  }
  return {
    baseline: [raw.header.a, raw.header.b],
    channel: raw.header.ch,
    real,
    imag,
    integrationMs: raw.header.tInt,
  };
}

export function listBaselines(scanId: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    correlator.listBaselines(scanId, (err, baselines) => {
      if (err) return reject(err);
      resolve(baselines ?? []);
    });
  });
}

export function fetchVisibility(scanId: string, baseline: string, channel: number): Promise<VisibilityFrame> {
  return new Promise((resolve, reject) => {
    correlator.readFrame(scanId, baseline, channel, (err, raw) => {
      if (err) {
        telescopeLog.debug('frame read failed', { scanId, baseline, channel, code: (err as NodeJS.ErrnoException).code });
        reject(err);
      }
      resolve(decode(raw as RawFrame));
    });
  });
}

export function amplitude(frame: VisibilityFrame): number {
  let sum = 0;
  for (let i = 0; i < frame.real.length; i++) {
    sum += Math.hypot(frame.real[i], frame.imag[i]);
  }
  return frame.real.length === 0 ? 0 : sum / frame.real.length;
}

export async function scanAmplitudes(scanId: string, channel: number): Promise<Map<string, number>> {
  const baselines = await listBaselines(scanId);
  const result = new Map<string, number>();
  for (const baseline of baselines) {
    const frame = await fetchVisibility(scanId, baseline, channel);
    result.set(baseline, amplitude(frame));
  }
  return result;
}
