// expect: no-unobserved-promise
// Photo uploads are pushed into an array as blades are graded, but when a blade fails hardness the loop throws and the already-started uploads are left with no handler.
export interface Blade {
  serial: string;
  style: 'yanagiba' | 'deba' | 'usuba' | 'gyuto';
  lengthMm: number;
  hrc: number;
  photoPath: string;
}

export interface GradedBlade {
  serial: string;
  grade: 'A' | 'B' | 'C';
  photoUrl: string;
}

export class HardnessOutOfSpecError extends Error {
  constructor(readonly serial: string, readonly hrc: number) {
    super(`blade ${serial} measured ${hrc} HRC, outside 58-65 HRC`);
  }
}

declare const photoArchive: {
  upload(serial: string, path: string): Promise<string>;
};

declare const forgeLedger: {
  recordGrades(batchId: string, grades: GradedBlade[]): Promise<void>;
  quarantine(batchId: string, serial: string, reason: string): Promise<void>;
};

const MIN_HRC = 58;
const MAX_HRC = 65;

function gradeFor(blade: Blade): GradedBlade['grade'] {
  const lengthOk =
    blade.style === 'yanagiba' ? blade.lengthMm >= 240 : blade.style === 'usuba' ? blade.lengthMm >= 165 : true;
  if (blade.hrc >= 61 && blade.hrc <= 63 && lengthOk) return 'A';
  if (blade.hrc >= 60 && lengthOk) return 'B';
  return 'C';
}

export async function gradeBatch(batchId: string, blades: readonly Blade[]): Promise<GradedBlade[]> {
  const uploads: Promise<string>[] = [];
  const grades: Array<GradedBlade['grade']> = [];

  for (const blade of blades) {
    uploads.push(photoArchive.upload(blade.serial, blade.photoPath));
    if (blade.hrc < MIN_HRC || blade.hrc > MAX_HRC) {
      throw new HardnessOutOfSpecError(blade.serial, blade.hrc);
    }
    grades.push(gradeFor(blade));
  }

  const urls = await Promise.all(uploads);
  const graded = blades.map((blade, i) => ({ serial: blade.serial, grade: grades[i], photoUrl: urls[i] }));
  await forgeLedger.recordGrades(batchId, graded);
  return graded;
}

export async function gradeOrQuarantine(batchId: string, blades: readonly Blade[]): Promise<GradedBlade[] | null> {
  try {
    return await gradeBatch(batchId, blades);
  } catch (err) {
    if (err instanceof HardnessOutOfSpecError) {
      await forgeLedger.quarantine(batchId, err.serial, err.message);
      return null;
    }
    throw err;
  }
}
