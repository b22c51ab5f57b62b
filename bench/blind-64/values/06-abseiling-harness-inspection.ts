// expect: none
// The findings array is filled by 'finding' listeners, but InspectionRun.run() emits synchronously, so reading it right after run() returns is correct.
import { EventEmitter } from 'node:events';

export type Severity = 'advisory' | 'repair' | 'retire';

export interface Finding {
  serial: string;
  component: 'webbing' | 'buckle' | 'belay-loop' | 'stitching' | 'gate';
  severity: Severity;
  note: string;
}

export interface HarnessRecord {
  serial: string;
  ageYears: number;
  falls: number;
  webbingFrayMm: number;
  buckleCorrosion: boolean;
  belayLoopWearPct: number;
  stitchingIntact: boolean;
}

declare const gearDb: {
  harnessesFor(teamId: string): Promise<HarnessRecord[]>;
  saveFindings(teamId: string, findings: Finding[]): Promise<void>;
};

export class InspectionRun extends EventEmitter {
  run(harness: HarnessRecord): number {
    let count = 0;
    const report = (f: Omit<Finding, 'serial'>) => {
      count++;
      this.emit('finding', { ...f, serial: harness.serial } satisfies Finding);
    };
    if (harness.ageYears >= 10) report({ component: 'webbing', severity: 'retire', note: 'past 10-year service life' });
    if (harness.falls > 0) report({ component: 'webbing', severity: 'retire', note: `${harness.falls} recorded fall(s)` });
    if (harness.webbingFrayMm > 3) report({ component: 'webbing', severity: 'retire', note: `fray ${harness.webbingFrayMm}mm` });
    else if (harness.webbingFrayMm > 0) report({ component: 'webbing', severity: 'advisory', note: 'minor fray' });
    if (harness.buckleCorrosion) report({ component: 'buckle', severity: 'repair', note: 'corrosion on buckle' });
    if (harness.belayLoopWearPct > 30) report({ component: 'belay-loop', severity: 'retire', note: 'belay loop worn through sheath' });
    if (!harness.stitchingIntact) report({ component: 'stitching', severity: 'retire', note: 'bar-tack stitching broken' });
    this.emit('done', harness.serial, count);
    return count;
  }
}

export interface TeamInspection {
  teamId: string;
  inspected: number;
  retire: string[];
  repair: string[];
  findings: Finding[];
}

export async function inspectTeamGear(teamId: string): Promise<TeamInspection> {
  const harnesses = await gearDb.harnessesFor(teamId);
  const inspection = new InspectionRun();
  const findings: Finding[] = [];
  inspection.on('finding', (f: Finding) => findings.push(f));

  const retire = new Set<string>();
  const repair = new Set<string>();
  for (const harness of harnesses) {
    inspection.run(harness);
    const mine = findings.filter((f) => f.serial === harness.serial);
    if (mine.some((f) => f.severity === 'retire')) retire.add(harness.serial);
    else if (mine.some((f) => f.severity === 'repair')) repair.add(harness.serial);
  }

  await gearDb.saveFindings(teamId, findings);
  return {
    teamId,
    inspected: harnesses.length,
    retire: [...retire].sort(),
    repair: [...repair].sort(),
    findings,
  };
}
