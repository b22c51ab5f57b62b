// expect: no-multiple-settle
// measureBeats clears the timeout on error but not when enough beats arrive, so the timer later rejects an already-resolved promise.
import type { EventEmitter } from 'node:events';

export interface BeatSample {
  atNs: bigint;
  amplitudeDeg: number;
}

export interface BeatSensor extends EventEmitter {
  start(): void;
  stop(): void;
}

export interface RateReport {
  beatsPerHour: number;
  secondsPerDay: number;
  beatErrorMs: number;
  meanAmplitudeDeg: number;
}

declare function openBeatMicrophone(benchId: string): BeatSensor;

export function measureBeats(sensor: BeatSensor, count: number, timeoutMs: number): Promise<BeatSample[]> {
  return new Promise<BeatSample[]>((resolve, reject) => {
    const samples: BeatSample[] = [];

    const timer = setTimeout(() => {
      detach();
      reject(new Error(`only heard ${samples.length}/${count} beats in ${timeoutMs} ms; check microphone placement`));
    }, timeoutMs);

    const onBeat = (sample: BeatSample) => {
      samples.push(sample);
      if (samples.length < count) return;
      detach();
      resolve(samples);
    };

    const onError = (err: Error) => {
      clearTimeout(timer);
      detach();
      reject(err);
    };

    function detach() {
      sensor.off('beat', onBeat);
      sensor.off('error', onError);
      sensor.stop();
    }

    sensor.on('beat', onBeat);
    sensor.on('error', onError);
    sensor.start();
  });
}

export function analyseBeats(samples: BeatSample[], nominalBph: number): RateReport {
  if (samples.length < 4) throw new RangeError('need at least four beats');
  const intervalsNs: number[] = [];
  for (let i = 1; i < samples.length; i++) {
    intervalsNs.push(Number(samples[i].atNs - samples[i - 1].atNs));
  }
  const meanNs = intervalsNs.reduce((a, b) => a + b, 0) / intervalsNs.length;
  const beatsPerHour = 3_600e9 / meanNs;

  // Tick and tock alternate; a lopsided escapement shows up as alternating long/short intervals.
  let tickSum = 0;
  let tockSum = 0;
  intervalsNs.forEach((ns, i) => {
    if (i % 2 === 0) tickSum += ns;
    else tockSum += ns;
  });
  const ticks = Math.ceil(intervalsNs.length / 2);
  const tocks = Math.floor(intervalsNs.length / 2);
  const beatErrorMs = Math.abs(tickSum / ticks - tockSum / tocks) / 2e6;

  const meanAmplitudeDeg = samples.reduce((a, s) => a + s.amplitudeDeg, 0) / samples.length;
  const secondsPerDay = ((beatsPerHour - nominalBph) / nominalBph) * 86_400;
  return { beatsPerHour, secondsPerDay, beatErrorMs, meanAmplitudeDeg };
}

export async function timegraphRun(benchId: string, nominalBph: number): Promise<RateReport> {
  const sensor = openBeatMicrophone(benchId);
  // Thirty seconds of beats is what the restorers' checklist asks for.
  const beatsWanted = Math.round((nominalBph / 3600) * 30);
  const samples = await measureBeats(sensor, beatsWanted, 60_000);
  return analyseBeats(samples, nominalBph);
}
