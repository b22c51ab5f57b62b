// expect: none
// Correct: the counters written by the 'reading' listener are read only after awaiting once(sensor, 'end'), by which time every reading event has fired.
import { EventEmitter, once } from 'node:events';

interface ShedReading {
  shedId: string;
  at: number;
  airC: number;
  rhPct: number;
  doorOpen: boolean;
}

interface DryingVerdict {
  shedId: string;
  readings: number;
  doorOpenMinutes: number;
  maxAirC: number;
  meanRhPct: number;
  acceptable: boolean;
}

declare function openSensorFeed(shedId: string, fromEpoch: number, toEpoch: number): EventEmitter;
declare const shedRegistry: { lastVerdict(shedId: string): Promise<DryingVerdict | undefined> };

const SAMPLE_MINUTES = 5;

export async function assessNight(shedId: string, fromEpoch: number, toEpoch: number): Promise<DryingVerdict> {
  const feed = openSensorFeed(shedId, fromEpoch, toEpoch);
  let readings = 0;
  let doorSamples = 0;
  let maxAirC = -Infinity;
  let rhSum = 0;

  feed.on('reading', (r: ShedReading) => {
    readings += 1;
    rhSum += r.rhPct;
    if (r.doorOpen) doorSamples += 1;
    if (r.airC > maxAirC) maxAirC = r.airC;
  });

  await once(feed, 'end');

  if (readings === 0) throw new Error(`no readings from ${shedId} between ${fromEpoch} and ${toEpoch}`);
  const meanRhPct = rhSum / readings;
  const doorOpenMinutes = doorSamples * SAMPLE_MINUTES;
  return {
    shedId,
    readings,
    doorOpenMinutes,
    maxAirC,
    meanRhPct: Math.round(meanRhPct * 10) / 10,
    acceptable: maxAirC <= 35 && meanRhPct <= 60 && doorOpenMinutes < 30,
  };
}

export async function compareWithPrevious(shedId: string, current: DryingVerdict): Promise<string> {
  const previous = (await shedRegistry.lastVerdict(shedId)) ?? null;
  if (previous === null) return `${shedId}: first assessed night`;
  const delta = current.meanRhPct - previous.meanRhPct;
  const trend = Math.abs(delta) < 1 ? 'steady' : delta < 0 ? 'drier' : 'damper';
  return `${shedId}: ${trend} than last night (${previous.meanRhPct}% -> ${current.meanRhPct}% RH)`;
}
