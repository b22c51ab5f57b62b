// expect: none
// tuningCheck is started early but gets both handlers attached immediately via .then(ok, fail), so it cannot reject unobserved.

export interface MusicRoll {
  rollId: string;
  title: string;
  bars: number;
  tempoBpm: number;
  requiredPipes: string[];
}

export interface OrganStatus {
  organId: string;
  carousel: string;
  workingPipes: Set<string>;
  bellowsPressureKpa: number;
}

type TuningOutcome = { ok: true; centsOff: number } | { ok: false; error: unknown };

declare const rollLibrary: {
  loadRoll(rollId: string): Promise<MusicRoll>;
  markPlayed(rollId: string, organId: string): Promise<void>;
};

declare const organRegistry: {
  getOrgan(organId: string): Promise<OrganStatus>;
};

declare const tuner: {
  measureDrift(organId: string): Promise<number>;
};

declare const organDrive: {
  play(organId: string, roll: MusicRoll, tempoScale: number): Promise<{ durationS: number }>;
};

export interface PlayReport {
  rollId: string;
  organId: string;
  durationS: number;
  missingPipes: string[];
  tuningWarning?: string;
}

export async function playRoll(organId: string, rollId: string): Promise<PlayReport> {
  const tuningCheck: Promise<TuningOutcome> = tuner.measureDrift(organId).then(
    (centsOff) => ({ ok: true, centsOff }),
    (error: unknown) => ({ ok: false, error }),
  );
  const [roll, organ] = await Promise.all([rollLibrary.loadRoll(rollId), organRegistry.getOrgan(organId)]);

  if (organ.bellowsPressureKpa < 1.2) {
    throw new Error(`bellows on ${organ.carousel} too weak (${organ.bellowsPressureKpa} kPa)`);
  }
  const missingPipes = roll.requiredPipes.filter((p) => !organ.workingPipes.has(p));
  if (missingPipes.length > roll.requiredPipes.length / 4) {
    throw new Error(`${roll.title} needs ${missingPipes.length} pipes that are out of order`);
  }

  const tuning = await tuningCheck;
  let tuningWarning: string | undefined;
  if (!tuning.ok) {
    tuningWarning = `tuning check failed: ${String(tuning.error)}`;
  } else if (Math.abs(tuning.centsOff) > 15) {
    tuningWarning = `organ is ${tuning.centsOff.toFixed(0)} cents off`;
  }

  const tempoScale = organ.bellowsPressureKpa < 1.6 ? 0.9 : 1;
  const { durationS } = await organDrive.play(organId, roll, tempoScale);
  await rollLibrary.markPlayed(rollId, organId);
  return { rollId, organId, durationS, missingPipes, tuningWarning };
}

export function setList(rolls: MusicRoll[], minutes: number): MusicRoll[] {
  const chosen: MusicRoll[] = [];
  let remainingS = minutes * 60;
  for (const roll of [...rolls].sort((a, b) => b.tempoBpm - a.tempoBpm)) {
    const lengthS = (roll.bars * 4 * 60) / roll.tempoBpm;
    if (lengthS <= remainingS) {
      chosen.push(roll);
      remainingS -= lengthS;
    }
  }
  return chosen;
}
