// expect: none
// 'data' only buffers frames and never settles; the promise settles once on 'end', 'error' or a premature 'close', and the done flag plus listener removal make the later 'close' after 'end' a no-op.
import { Readable } from 'node:stream';

export interface SensorFrame {
  buoyId: string;
  depthM: number;
  tempC: number;
  ph: number;
  lux: number;
  ts: number;
}

export interface BleachingRisk {
  buoyId: string;
  maxTempC: number;
  minPh: number;
  hoursAboveThreshold: number;
  alert: boolean;
}

export function collectFrames(source: Readable, maxFrames = 10_000): Promise<SensorFrame[]> {
  return new Promise<SensorFrame[]>((resolve, reject) => {
    const frames: SensorFrame[] = [];
    let done = false;

    const settle = (err?: Error) => {
      if (done) return;
      done = true;
      source.off('data', onData);
      source.off('end', onEnd);
      source.off('error', onError);
      source.off('close', onClose);
      if (err) reject(err);
      else resolve(frames);
    };

    const onData = (frame: SensorFrame) => {
      if (frames.length < maxFrames) frames.push(frame);
    };
    const onEnd = () => settle();
    const onError = (err: Error) => settle(err);
    const onClose = () => settle(new Error('sensor stream closed before end'));

    source.on('data', onData);
    source.on('end', onEnd);
    source.on('error', onError);
    source.on('close', onClose);
  });
}

export function assessBleaching(buoyId: string, frames: SensorFrame[], thresholdC = 30.5): BleachingRisk {
  let maxTempC = -Infinity;
  let minPh = Infinity;
  let hot = 0;
  for (const f of frames) {
    maxTempC = Math.max(maxTempC, f.tempC);
    minPh = Math.min(minPh, f.ph);
    if (f.tempC > thresholdC) hot += 1;
  }
  const hoursAboveThreshold = hot / 6;
  return { buoyId, maxTempC, minPh, hoursAboveThreshold, alert: hoursAboveThreshold > 12 || minPh < 7.8 };
}

export async function nightlyReport(buoys: Map<string, Readable>): Promise<BleachingRisk[]> {
  const risks: BleachingRisk[] = [];
  for (const [buoyId, stream] of buoys) {
    const frames = await collectFrames(stream);
    risks.push(assessBleaching(buoyId, frames));
  }
  return risks;
}
