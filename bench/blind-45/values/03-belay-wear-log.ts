// expect: no-read-before-settle
// inspectUnit computes the verdict from maxWearPct/cycles right after registering the 'line' handler, before any line has been read, so every unit is judged on zeros.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { once } from 'node:events';

export type Verdict = 'in-service' | 'service-soon' | 'retire';

export interface UnitAssessment {
  unitId: string;
  cycles: number;
  maxWearPct: number;
  lastDescentMs: number;
  verdict: Verdict;
}

declare const wearLogs: {
  pathFor(unitId: string): Promise<string>;
};

declare const fleetRegister: {
  update(assessment: UnitAssessment): Promise<void>;
  unitsDueForReview(gymId: string): Promise<string[]>;
};

// Manufacturer guidance: webbing replacement at 100k cycles or visible wear above 40%.
const CYCLE_LIMIT = 100_000;
const WEAR_LIMIT_PCT = 40;

function classify(cycles: number, maxWearPct: number): Verdict {
  if (cycles >= CYCLE_LIMIT || maxWearPct >= WEAR_LIMIT_PCT) return 'retire';
  if (cycles >= CYCLE_LIMIT * 0.85 || maxWearPct >= WEAR_LIMIT_PCT * 0.75) return 'service-soon';
  return 'in-service';
}

// Log lines look like: 2024-05-17T18:22:04Z,descent,1.42,wear=12.5
function parseLine(line: string): { descentMs?: number; wearPct?: number } {
  const [, kind, speed, wearField] = line.split(',');
  if (kind !== 'descent') return {};
  const wear = wearField?.startsWith('wear=') ? Number(wearField.slice(5)) : undefined;
  return { descentMs: Number(speed), wearPct: Number.isFinite(wear) ? wear : undefined };
}

export async function inspectUnit(unitId: string): Promise<UnitAssessment> {
  const path = await wearLogs.pathFor(unitId);
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });

  let cycles = 0;
  let maxWearPct = 0;
  let lastDescentMs = 0;

  lines.on('line', (line) => {
    const { descentMs, wearPct } = parseLine(line);
    if (descentMs === undefined) return;
    cycles++;
    lastDescentMs = descentMs;
    if (wearPct !== undefined && wearPct > maxWearPct) maxWearPct = wearPct;
  });

  const verdict = classify(cycles, maxWearPct);
  await once(lines, 'close');

  return { unitId, cycles, maxWearPct, lastDescentMs, verdict };
}

export async function reviewGym(gymId: string): Promise<UnitAssessment[]> {
  const unitIds = await fleetRegister.unitsDueForReview(gymId);
  const assessments: UnitAssessment[] = [];
  for (const unitId of unitIds) {
    const assessment = await inspectUnit(unitId);
    await fleetRegister.update(assessment);
    assessments.push(assessment);
  }
  return assessments.sort((a, b) => b.maxWearPct - a.maxWearPct);
}
