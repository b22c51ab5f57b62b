// expect: no-unchecked-settled-results
// measureSizeBath counts the rejected viscosity readings for the log but then casts every settled result to fulfilled and reads .value, so one failed probe makes the mean undefined/NaN or throws.
export interface SizeBath {
  id: string;
  carrageenanGPerL: number;
  ageHours: number;
  trayCm: [number, number];
}

export interface ViscosityReading {
  bathId: string;
  probe: number;
  centipoise: number;
}

export interface BathAssessment {
  bathId: string;
  meanCentipoise: number;
  verdict: 'too thin' | 'ready' | 'too thick' | 'skinned';
  advice: string;
}

declare const viscometer: {
  probes: number;
  read(bathId: string, probe: number): Promise<ViscosityReading>;
};

declare const studioLog: {
  warn(message: string): void;
};

const READY_RANGE: [number, number] = [28, 42];

function verdictFor(bath: SizeBath, mean: number): Pick<BathAssessment, 'verdict' | 'advice'> {
  if (bath.ageHours > 72) {
    return { verdict: 'skinned', advice: 'size is past three days: skim and remix before marbling' };
  }
  if (mean < READY_RANGE[0]) {
    const extra = ((READY_RANGE[0] - mean) / 10) * 0.5;
    return { verdict: 'too thin', advice: `whisk in ~${extra.toFixed(1)} g/L more carrageenan and rest 12h` };
  }
  if (mean > READY_RANGE[1]) {
    return { verdict: 'too thick', advice: 'dilute with 10% distilled water; colours will not spread' };
  }
  return { verdict: 'ready', advice: 'skim with newsprint and drop the first colour' };
}

export async function measureSizeBath(bath: SizeBath): Promise<BathAssessment> {
  const probes = Array.from({ length: viscometer.probes }, (_, i) => i + 1);
  const settled = await Promise.allSettled(probes.map((probe) => viscometer.read(bath.id, probe)));

  const failed = settled.filter((r) => r.status === 'rejected').length;
  if (failed === probes.length) {
    throw new Error(`no viscosity probe answered for bath ${bath.id}`);
  }
  if (failed > 0) {
    studioLog.warn(`${failed}/${probes.length} viscosity probes failed for bath ${bath.id}`);
  }

  const readings = settled.map((r) => (r as PromiseFulfilledResult<ViscosityReading>).value);
  const meanCentipoise = readings.reduce((sum, r) => sum + r.centipoise, 0) / readings.length;

  return { bathId: bath.id, meanCentipoise, ...verdictFor(bath, meanCentipoise) };
}

export async function readyBaths(baths: SizeBath[]): Promise<string[]> {
  const ready: string[] = [];
  for (const bath of baths) {
    const assessment = await measureSizeBath(bath);
    if (assessment.verdict === 'ready') ready.push(bath.id);
  }
  return ready;
}
