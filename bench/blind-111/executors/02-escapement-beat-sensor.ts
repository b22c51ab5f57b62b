// expect: none
// Every path (enough beats, sensor error, sensor close, timeout) settles exactly once through a guarded finish that removes all listeners and clears the timer.
import { EventEmitter } from 'node:events';

export interface BeatEvent {
  tick: boolean;
  atMicros: number;
  amplitudeDeg: number;
}

export interface BeatSensor extends EventEmitter {
  start(): void;
  stop(): void;
}

export interface BeatRateResult {
  beatsPerHour: number;
  beatErrorMs: number;
  amplitudeDeg: number;
  samples: number;
}

function summarise(beats: BeatEvent[]): BeatRateResult {
  const intervals: number[] = [];
  for (let i = 1; i < beats.length; i++) intervals.push(beats[i].atMicros - beats[i - 1].atMicros);
  const mean = intervals.reduce((a, b) => a + b, 0) / intervals.length;
  const ticks = intervals.filter((_, i) => beats[i + 1].tick);
  const tocks = intervals.filter((_, i) => !beats[i + 1].tick);
  const avg = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : mean);
  return {
    beatsPerHour: Math.round(3_600_000_000 / mean),
    beatErrorMs: Math.abs(avg(ticks) - avg(tocks)) / 2000,
    amplitudeDeg: beats.reduce((a, b) => a + b.amplitudeDeg, 0) / beats.length,
    samples: beats.length,
  };
}

export function measureBeatRate(
  sensor: BeatSensor,
  sampleCount: number,
  timeoutMs = 30_000,
): Promise<BeatRateResult> {
  if (sampleCount < 3) {
    return Promise.reject(new RangeError('need at least three beats to measure a rate'));
  }

  return new Promise<BeatRateResult>((resolve, reject) => {
    const beats: BeatEvent[] = [];
    let finished = false;

    const finish = (settle: () => void) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      sensor.off('beat', onBeat);
      sensor.off('error', onError);
      sensor.off('close', onClose);
      sensor.stop();
      settle();
    };

    const onBeat = (beat: BeatEvent) => {
      beats.push(beat);
      if (beats.length < sampleCount) return;
      finish(() => {
        try {
          resolve(summarise(beats));
        } catch (err) {
          reject(err);
        }
      });
    };
    const onError = (err: Error) => finish(() => reject(err));
    const onClose = () =>
      finish(() => reject(new Error(`sensor closed after ${beats.length} of ${sampleCount} beats`)));

    const timer = setTimeout(() => {
      finish(() => reject(new Error(`no stable beat within ${timeoutMs} ms (${beats.length} beats seen)`)));
    }, timeoutMs);

    sensor.on('beat', onBeat);
    sensor.on('error', onError);
    sensor.on('close', onClose);
    sensor.start();
  });
}
