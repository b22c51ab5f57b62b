// expect: no-uncalled-async-function
// calibrateTuner is placed in the Promise.all array without being called, so the tuner calibration never runs and Promise.all just returns the function.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface TuningProfile {
  model: string;
  temperament: 'equal' | 'meantone' | 'werckmeister';
  referenceHz: number;
  pipes: Array<{ note: string; targetHz: number }>;
}

export interface StrobeTuner {
  selfTest(): Promise<boolean>;
  setReference(hz: number): Promise<void>;
  measure(note: string): Promise<number>;
}

export interface BenchSession {
  organSerial: string;
  profile: TuningProfile;
  startedAt: Date;
}

const PROFILE_DIR = process.env.ORGAN_PROFILE_DIR ?? '/srv/workshop/profiles';
let tuner: StrobeTuner | undefined;

export function useTuner(device: StrobeTuner): void {
  tuner = device;
}

async function loadTuningProfile(model: string): Promise<TuningProfile> {
  const raw = await readFile(join(PROFILE_DIR, `${model}.json`), 'utf8');
  return JSON.parse(raw) as TuningProfile;
}

async function calibrateTuner(): Promise<void> {
  if (!tuner) throw new Error('No strobe tuner connected to the bench');
  if (!(await tuner.selfTest())) throw new Error('Strobe tuner failed self-test');
  await tuner.setReference(440);
}

export async function openBench(organSerial: string, model: string): Promise<BenchSession> {
  const [profile] = await Promise.all([loadTuningProfile(model), calibrateTuner]);
  if (profile.pipes.length === 0) {
    throw new Error(`Profile for ${model} lists no pipes`);
  }
  return { organSerial, profile, startedAt: new Date() };
}

function cents(measuredHz: number, targetHz: number): number {
  return 1200 * Math.log2(measuredHz / targetHz);
}

export async function tuningReport(session: BenchSession): Promise<Array<{ note: string; offsetCents: number }>> {
  if (!tuner) throw new Error('No strobe tuner connected to the bench');
  const scale = session.profile.referenceHz / 440;
  const report: Array<{ note: string; offsetCents: number }> = [];
  for (const pipe of session.profile.pipes) {
    const measured = await tuner.measure(pipe.note);
    report.push({ note: pipe.note, offsetCents: Math.round(cents(measured, pipe.targetHz * scale)) });
  }
  return report;
}

export function worstPipes(report: Array<{ note: string; offsetCents: number }>, count = 5) {
  return [...report].sort((a, b) => Math.abs(b.offsetCents) - Math.abs(a.offsetCents)).slice(0, count);
}
