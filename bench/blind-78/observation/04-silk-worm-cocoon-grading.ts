// expect: none
// Grading requests are pushed into an array with no await in between, and both the normal path (Promise.all) and the bad-tray throw path (allSettled first) attach handlers to every one.
export interface CocoonTray {
  trayId: string;
  race: 'bivoltine' | 'multivoltine';
  cocoonCount: number;
  harvestedAt: string;
  imageKey: string;
}

export interface TrayGrade {
  trayId: string;
  gradeA: number;
  gradeB: number;
  double: number;
  stained: number;
}

declare const visionApi: {
  gradeCocoons(imageKey: string, expectedCount: number): Promise<Omit<TrayGrade, 'trayId'>>;
};
declare const reelingMill: { offer(lot: { trays: string[]; shellWeightEstimateKg: number }): Promise<string> };

class TrayRejected extends Error {
  constructor(readonly trayId: string, reason: string) {
    super(`tray ${trayId} rejected: ${reason}`);
  }
}

// Bivoltine cocoons have heavier shells, which is what the reeling mill pays for.
const SHELL_G: Record<CocoonTray['race'], number> = { bivoltine: 0.42, multivoltine: 0.28 };

function checkTray(tray: CocoonTray, today: Date): void {
  if (tray.cocoonCount <= 0) throw new TrayRejected(tray.trayId, 'empty tray');
  const ageDays = (today.getTime() - Date.parse(tray.harvestedAt)) / 86_400_000;
  // Pupae emerge after ~10 days and cut the filament; such cocoons cannot be reeled.
  if (ageDays > 8) throw new TrayRejected(tray.trayId, `harvested ${ageDays.toFixed(0)} days ago`);
}

export async function gradeHarvest(trays: CocoonTray[], today = new Date()): Promise<TrayGrade[]> {
  const pending: Array<Promise<TrayGrade>> = [];
  try {
    for (const tray of trays) {
      checkTray(tray, today);
      pending.push(visionApi.gradeCocoons(tray.imageKey, tray.cocoonCount).then((g) => ({ trayId: tray.trayId, ...g })));
    }
  } catch (err) {
    // Let in-flight grading finish (and swallow its outcome) before reporting the bad tray.
    await Promise.allSettled(pending);
    throw err;
  }
  return Promise.all(pending);
}

export async function offerToMill(trays: CocoonTray[]): Promise<string | null> {
  const grades = await gradeHarvest(trays);
  const byId = new Map(trays.map((t) => [t.trayId, t]));

  let shellKg = 0;
  const accepted: string[] = [];
  for (const grade of grades) {
    const tray = byId.get(grade.trayId);
    if (!tray) continue;
    const total = grade.gradeA + grade.gradeB + grade.double + grade.stained;
    if (total === 0 || grade.gradeA / total < 0.7) continue;
    accepted.push(grade.trayId);
    shellKg += (grade.gradeA * SHELL_G[tray.race]) / 1000;
  }

  if (accepted.length === 0) return null;
  return reelingMill.offer({ trays: accepted, shellWeightEstimateKg: Math.round(shellKg * 100) / 100 });
}
