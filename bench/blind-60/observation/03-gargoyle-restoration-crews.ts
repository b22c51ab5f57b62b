// expect: no-unobserved-promise
// submitSurvey pushes photo uploads into an array while validating, but a validation throw mid-loop abandons the already-started uploads with nothing attached.
export interface SurveyPhoto {
  photoId: string;
  face: 'north' | 'south' | 'east' | 'west' | 'crown';
  bytes: Uint8Array;
  takenAt: number;
}

export interface DamageNote {
  face: SurveyPhoto['face'];
  severity: 1 | 2 | 3 | 4 | 5;
  kind: 'spalling' | 'crack' | 'biological' | 'missing-feature';
}

export interface GargoyleSurvey {
  gargoyleId: string;
  crewId: string;
  photos: SurveyPhoto[];
  notes: DamageNote[];
}

declare const photoStore: {
  upload(key: string, bytes: Uint8Array): Promise<{ url: string }>;
};
declare const heritageRegister: {
  fileSurvey(record: {
    gargoyleId: string;
    crewId: string;
    photoUrls: string[];
    notes: DamageNote[];
    priority: number;
  }): Promise<string>;
};

export class SurveyRejectedError extends Error {
  constructor(readonly gargoyleId: string, reason: string) {
    super(`survey for ${gargoyleId} rejected: ${reason}`);
    this.name = 'SurveyRejectedError';
  }
}

const MIN_PHOTO_BYTES = 200_000;
const REQUIRED_FACES: SurveyPhoto['face'][] = ['north', 'south', 'east', 'west'];

function priorityOf(notes: DamageNote[]): number {
  const worst = notes.reduce((max, n) => Math.max(max, n.severity), 0);
  const structural = notes.some((n) => n.kind === 'crack' && n.severity >= 4);
  return structural ? 1 : worst >= 3 ? 2 : 3;
}

export async function submitSurvey(survey: GargoyleSurvey): Promise<string> {
  const uploads: Array<Promise<{ url: string }>> = [];
  const seenFaces = new Set<SurveyPhoto['face']>();

  for (const photo of survey.photos) {
    if (photo.bytes.byteLength < MIN_PHOTO_BYTES) {
      throw new SurveyRejectedError(survey.gargoyleId, `photo ${photo.photoId} is below survey resolution`);
    }
    seenFaces.add(photo.face);
    uploads.push(
      photoStore.upload(`gargoyles/${survey.gargoyleId}/${photo.face}/${photo.photoId}.jpg`, photo.bytes),
    );
  }

  const missing = REQUIRED_FACES.filter((f) => !seenFaces.has(f));
  if (missing.length > 0) {
    throw new SurveyRejectedError(survey.gargoyleId, `no photos of ${missing.join(', ')} face`);
  }

  const stored = await Promise.all(uploads);
  return heritageRegister.fileSurvey({
    gargoyleId: survey.gargoyleId,
    crewId: survey.crewId,
    photoUrls: stored.map((s) => s.url),
    notes: survey.notes,
    priority: priorityOf(survey.notes),
  });
}

export function crewWorkload(surveys: GargoyleSurvey[]): Map<string, number> {
  const load = new Map<string, number>();
  for (const s of surveys) {
    const weight = 4 - priorityOf(s.notes);
    load.set(s.crewId, (load.get(s.crewId) ?? 0) + weight);
  }
  return load;
}
