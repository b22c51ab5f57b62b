// expect: none
// readings and lastAt are written by the 'sample' listener and read only after awaiting the promise that settles on 'end' (or rejects on 'error'), so every write happens before the read.
import { EventEmitter } from 'node:events';

export interface MoistureSample {
  probe: string;
  at: number;
  moisturePct: number;
  feltTempC: number;
}

export interface DryingVerdict {
  panelId: string;
  samples: number;
  meanPct: number;
  wettestProbe: string;
  readyToRoll: boolean;
  measuredUntil: Date;
}

export interface MoistureProbeArray extends EventEmitter {
  start(panelId: string, seconds: number): void;
  stop(): void;
}

// Felt for yurt walls is rolled once it is below 18% moisture everywhere.
const READY_BELOW_PCT = 18;

export async function measurePanel(
  probes: MoistureProbeArray,
  panelId: string,
  seconds = 30,
): Promise<DryingVerdict> {
  const readings: MoistureSample[] = [];
  let lastAt = 0;

  const onSample = (s: MoistureSample) => {
    readings.push(s);
    lastAt = Math.max(lastAt, s.at);
  };

  probes.on('sample', onSample);
  try {
    await new Promise<void>((resolve, reject) => {
      const onEnd = () => {
        probes.off('error', onError);
        resolve();
      };
      const onError = (err: Error) => {
        probes.off('end', onEnd);
        probes.stop();
        reject(err);
      };
      probes.once('end', onEnd);
      probes.once('error', onError);
      try {
        probes.start(panelId, seconds);
      } catch (err) {
        probes.off('end', onEnd);
        probes.off('error', onError);
        reject(err);
      }
    });
  } finally {
    probes.off('sample', onSample);
  }

  if (readings.length === 0) {
    throw new Error(`panel ${panelId}: probes reported no samples`);
  }

  const byProbe = new Map<string, number[]>();
  for (const r of readings) {
    const list = byProbe.get(r.probe) ?? [];
    list.push(r.moisturePct);
    byProbe.set(r.probe, list);
  }
  let wettestProbe = '';
  let wettestMean = -Infinity;
  for (const [probe, values] of byProbe) {
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    if (mean > wettestMean) {
      wettestMean = mean;
      wettestProbe = probe;
    }
  }

  const meanPct = readings.reduce((a, r) => a + r.moisturePct, 0) / readings.length;
  return {
    panelId,
    samples: readings.length,
    meanPct: +meanPct.toFixed(1),
    wettestProbe,
    readyToRoll: wettestMean < READY_BELOW_PCT,
    measuredUntil: new Date(lastAt),
  };
}
