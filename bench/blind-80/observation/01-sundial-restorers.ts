// expect: no-unobserved-promise
// photosPromise is started before the dial and survey lookups and only awaited afterwards, so a photo-archive rejection during those awaits (or on the not-found/throw paths) is unhandled.
export interface Dial {
  id: string;
  kind: 'horizontal' | 'vertical' | 'armillary' | 'analemmatic';
  material: 'bronze' | 'slate' | 'sandstone' | 'lead';
  latitude: number;
  listed: boolean;
}

export interface GnomonSurvey {
  styleAngleDeg: number;
  bentDeg: number;
  missing: boolean;
}

export interface ArchivePhoto {
  url: string;
  takenYear: number;
  showsGnomon: boolean;
}

export interface RestorationQuote {
  dialId: string;
  lines: Array<{ item: string; cents: number }>;
  totalCents: number;
  referencePhotos: string[];
}

declare const dialRegistry: {
  getDial(id: string): Promise<Dial | null>;
  getGnomonSurvey(id: string): Promise<GnomonSurvey>;
};

declare const photoArchive: {
  fetchPhotos(dialId: string): Promise<ArchivePhoto[]>;
};

export class NotFoundError extends Error {}

const CLEANING_CENTS: Record<Dial['material'], number> = {
  bronze: 18_000,
  slate: 9_500,
  sandstone: 14_000,
  lead: 22_000,
};

function gnomonWork(dial: Dial, survey: GnomonSurvey): Array<{ item: string; cents: number }> {
  if (survey.missing) {
    return [{ item: `cast replacement gnomon at ${dial.latitude.toFixed(1)}°`, cents: 65_000 }];
  }
  const lines: Array<{ item: string; cents: number }> = [];
  if (survey.bentDeg > 0.5) lines.push({ item: 'straighten and re-seat gnomon', cents: 21_000 });
  if (Math.abs(survey.styleAngleDeg - dial.latitude) > 1) {
    lines.push({ item: 'reset style angle to site latitude', cents: 12_500 });
  }
  return lines;
}

export async function prepareRestorationQuote(dialId: string): Promise<RestorationQuote> {
  const photosPromise = photoArchive.fetchPhotos(dialId);

  const dial = await dialRegistry.getDial(dialId);
  if (!dial) throw new NotFoundError(`no dial registered as ${dialId}`);
  if (dial.listed && dial.material === 'lead') {
    throw new Error(`${dialId} is a listed lead dial: conservation officer must quote`);
  }

  const survey = await dialRegistry.getGnomonSurvey(dialId);
  const lines = [{ item: `clean ${dial.material} ${dial.kind} dial`, cents: CLEANING_CENTS[dial.material] }];
  lines.push(...gnomonWork(dial, survey));

  const photos = await photosPromise;
  const referencePhotos = photos
    .filter((p) => p.showsGnomon)
    .sort((a, b) => a.takenYear - b.takenYear)
    .slice(0, 3)
    .map((p) => p.url);
  if (survey.missing && referencePhotos.length === 0) {
    lines.push({ item: 'gnomon design research (no archive photos)', cents: 8_000 });
  }

  return {
    dialId,
    lines,
    totalCents: lines.reduce((sum, l) => sum + l.cents, 0),
    referencePhotos,
  };
}
