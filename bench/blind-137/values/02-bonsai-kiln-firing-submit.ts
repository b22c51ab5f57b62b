// expect: no-promise-as-value
// The payload nests the un-awaited buildRamp() promise, so JSON.stringify sends "ramp": {} to the kiln controller.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface RampStep {
  ratePerHour: number;
  targetC: number;
  holdMin: number;
}

export interface ClayBodyProfile {
  name: string;
  maturesAtC: number;
  quartzInversionC: number;
  slowThroughInversion: boolean;
}

export interface KilnLoad {
  clayBody: string;
  cone: string;
  pieces: Array<{ potId: string; thicknessMm: number }>;
}

export interface Kiln {
  id: string;
  controllerUrl: string;
  maxC: number;
}

const PROFILE_DIR = process.env.CLAY_PROFILE_DIR ?? './clay-profiles';

async function buildRamp(kiln: Kiln, load: KilnLoad): Promise<RampStep[]> {
  const raw = await readFile(path.join(PROFILE_DIR, `${load.clayBody}.json`), 'utf8');
  const profile = JSON.parse(raw) as ClayBodyProfile;
  if (profile.maturesAtC > kiln.maxC) {
    throw new Error(`${kiln.id} cannot reach ${profile.maturesAtC}C for ${profile.name}`);
  }
  const thickest = Math.max(...load.pieces.map((p) => p.thicknessMm));
  const candleRate = thickest > 12 ? 50 : 80;
  const steps: RampStep[] = [{ ratePerHour: candleRate, targetC: 200, holdMin: thickest > 12 ? 60 : 0 }];
  if (profile.slowThroughInversion) {
    steps.push({ ratePerHour: 100, targetC: profile.quartzInversionC + 20, holdMin: 0 });
  }
  steps.push({ ratePerHour: 150, targetC: profile.maturesAtC - 40, holdMin: 0 });
  steps.push({ ratePerHour: 60, targetC: profile.maturesAtC, holdMin: 10 });
  return steps;
}

export async function submitFiring(kiln: Kiln, load: KilnLoad): Promise<string> {
  if (load.pieces.length === 0) throw new Error('refusing to fire an empty kiln');

  const payload = {
    kilnId: kiln.id,
    cone: load.cone,
    potIds: load.pieces.map((p) => p.potId),
    ramp: buildRamp(kiln, load),
    requestedAt: new Date().toISOString(),
  };

  const res = await fetch(`${kiln.controllerUrl}/firings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  });
  if (!res.ok) throw new Error(`kiln ${kiln.id} rejected firing: ${res.status} ${await res.text()}`);
  const { firingId } = (await res.json()) as { firingId: string };
  return firingId;
}
