// expect: none
// The samples, counters and stream error written by the 'line' and 'error' handlers are read only after `await once(rl, 'close')`, when every line has been delivered.
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export interface DepthSample {
  tSeconds: number;
  depthM: number;
  tempC: number;
  recording: boolean;
}

export interface DiveProfile {
  file: string;
  samples: number;
  malformed: number;
  maxDepthM: number;
  bottomTimeS: number;
  recordingS: number;
  minTempC: number;
  ascentViolations: number;
}

// A safe ascent rate for divers carrying a camera rig: 9 m/min (0.15 m/s).
const MAX_ASCENT_MPS = 0.15;
const BOTTOM_FRACTION = 0.8;

function parseSample(line: string): DepthSample | undefined {
  // t,depth,temp,rec  e.g. "412.5,18.3,11.2,1"
  const [t, depth, temp, rec] = line.split(',');
  const sample = { tSeconds: Number(t), depthM: Number(depth), tempC: Number(temp), recording: rec === '1' };
  return Number.isFinite(sample.tSeconds) && Number.isFinite(sample.depthM) && Number.isFinite(sample.tempC)
    ? sample
    : undefined;
}

export async function readDepthLog(file: string): Promise<DiveProfile> {
  const input = createReadStream(file, { encoding: 'utf8' });
  const rl = createInterface({ input, crlfDelay: Infinity });

  const samples: DepthSample[] = [];
  let malformed = 0;
  let headerSeen = false;

  rl.on('line', (line) => {
    if (!headerSeen) {
      headerSeen = true;
      if (line.startsWith('t,')) return;
    }
    const sample = parseSample(line);
    if (sample) samples.push(sample);
    else if (line.trim() !== '') malformed++;
  });

  let streamError: Error | undefined;
  input.on('error', (err) => {
    streamError = err;
    rl.close();
  });

  await once(rl, 'close');
  if (streamError) {
    throw new Error(`${file}: could not read depth log`, { cause: streamError });
  }

  if (samples.length === 0) {
    throw new Error(`${file}: no depth samples (${malformed} malformed lines)`);
  }

  const maxDepthM = Math.max(...samples.map((s) => s.depthM));
  let bottomTimeS = 0;
  let recordingS = 0;
  let ascentViolations = 0;
  for (let i = 1; i < samples.length; i++) {
    const prev = samples[i - 1];
    const cur = samples[i];
    const dt = cur.tSeconds - prev.tSeconds;
    if (dt <= 0) continue;
    if (cur.depthM >= maxDepthM * BOTTOM_FRACTION) bottomTimeS += dt;
    if (cur.recording) recordingS += dt;
    if ((prev.depthM - cur.depthM) / dt > MAX_ASCENT_MPS) ascentViolations++;
  }

  return {
    file,
    samples: samples.length,
    malformed,
    maxDepthM,
    bottomTimeS: Math.round(bottomTimeS),
    recordingS: Math.round(recordingS),
    minTempC: Math.min(...samples.map((s) => s.tempC)),
    ascentViolations,
  };
}
