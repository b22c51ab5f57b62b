// expect: no-multiple-settle
// The executor is async and awaits the cycle profile first: if that lookup rejects, the rejection is lost and the returned promise never settles.
import { EventEmitter } from 'node:events';

export type InstrumentKind = 'tubes' | 'grips' | 'needle-bars' | 'mixed';

export interface CycleProfile {
  name: string;
  tempC: number;
  holdMinutes: number;
  dryMinutes: number;
}

export interface CycleRecord {
  unitId: string;
  loadId: string;
  profile: string;
  peakTempC: number;
  passedSporeStrip: boolean;
  finishedAt: Date;
}

export interface AutoclaveUnit extends EventEmitter {
  readonly id: string;
  start(profile: CycleProfile): void;
}

declare const profiles: { get(kind: InstrumentKind): Promise<CycleProfile> };
declare const logbook: { append(record: CycleRecord): Promise<void> };

export interface InstrumentLoad {
  id: string;
  kind: InstrumentKind;
  artist: string;
}

export function runSterilisationCycle(unit: AutoclaveUnit, load: InstrumentLoad): Promise<CycleRecord> {
  return new Promise<CycleRecord>(async (resolve, reject) => {
    const profile = await profiles.get(load.kind);
    let peak = 0;

    const onTemp = (c: number) => {
      peak = Math.max(peak, c);
    };
    const onComplete = (result: { sporeStrip: 'pass' | 'fail' }) => {
      unit.off('temperature', onTemp);
      unit.off('fault', onFault);
      resolve({
        unitId: unit.id,
        loadId: load.id,
        profile: profile.name,
        peakTempC: peak,
        passedSporeStrip: result.sporeStrip === 'pass',
        finishedAt: new Date(),
      });
    };
    const onFault = (code: string) => {
      unit.off('temperature', onTemp);
      unit.off('cycle-complete', onComplete);
      reject(new Error(`autoclave ${unit.id} fault ${code} during ${profile.name}`));
    };

    unit.on('temperature', onTemp);
    unit.once('cycle-complete', onComplete);
    unit.once('fault', onFault);
    unit.start(profile);
  });
}

export async function steriliseAndLog(unit: AutoclaveUnit, load: InstrumentLoad): Promise<CycleRecord> {
  const record = await runSterilisationCycle(unit, load);
  await logbook.append(record);
  if (!record.passedSporeStrip) {
    throw new Error(`load ${load.id} failed the spore strip; instruments for ${load.artist} must be re-run`);
  }
  return record;
}
