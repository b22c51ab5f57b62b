// expect: no-promise-as-value
// findNear() is async but its result is compared with null without await (a promise is never null), so every submission is rejected as a duplicate.
interface FindSubmission {
  hunterId: string;
  lat: number;
  lon: number;
  massGrams: number;
  photoUrls: string[];
  magnetic: boolean;
}

interface RegisteredFind extends FindSubmission {
  id: string;
  registeredAt: Date;
}

declare const finds: {
  findNear(lat: number, lon: number, radiusM: number): Promise<RegisteredFind | undefined>;
  insert(find: FindSubmission): Promise<RegisteredFind>;
};

declare const hunters: { isLicensed(hunterId: string, lat: number, lon: number): Promise<boolean> };

export type SubmitResult =
  | { status: 'registered'; find: RegisteredFind }
  | { status: 'duplicate'; existingId?: string }
  | { status: 'refused'; reason: string };

const DUPLICATE_RADIUS_M = 2;

export async function submitFind(sub: FindSubmission): Promise<SubmitResult> {
  if (sub.massGrams <= 0) {
    return { status: 'refused', reason: 'mass must be positive' };
  }
  if (sub.photoUrls.length < 2) {
    return { status: 'refused', reason: 'at least two photos (in situ and cleaned) are required' };
  }
  if (!sub.magnetic) {
    return { status: 'refused', reason: 'non-magnetic stones are almost always meteorwrongs; send a sample instead' };
  }

  if (!(await hunters.isLicensed(sub.hunterId, sub.lat, sub.lon))) {
    return { status: 'refused', reason: 'no collecting permit for this land parcel' };
  }

  const existing = finds.findNear(sub.lat, sub.lon, DUPLICATE_RADIUS_M);
  if (existing != null) {
    return { status: 'duplicate' };
  }

  const find = await finds.insert(sub);
  return { status: 'registered', find };
}

export async function submitBatch(subs: FindSubmission[]): Promise<Record<SubmitResult['status'], number>> {
  const counts = { registered: 0, duplicate: 0, refused: 0 };
  for (const sub of subs) {
    const result = await submitFind(sub);
    counts[result.status]++;
  }
  return counts;
}
