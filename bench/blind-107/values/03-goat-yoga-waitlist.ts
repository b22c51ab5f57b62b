// expect: none
// The waitlist snapshot is built from values that were awaited through Promise.all before being put into the object, so JSON.stringify writes real member lists rather than empty {} placeholders.
import { writeFile, rename } from 'node:fs/promises';

export interface WaitlistEntry {
  memberId: string;
  joinedAt: string;
  bringsOwnMat: boolean;
}

export interface ClassWaitlistApi {
  entries(classId: string): Promise<WaitlistEntry[]>;
  capacity(classId: string): Promise<{ mats: number; goats: number }>;
  booked(classId: string): Promise<number>;
}

export interface WaitlistSnapshot {
  classId: string;
  takenAt: string;
  capacity: { mats: number; goats: number };
  booked: number;
  openSpots: number;
  queue: WaitlistEntry[];
}

export async function snapshotWaitlist(api: ClassWaitlistApi, classId: string): Promise<WaitlistSnapshot> {
  const [queue, capacity, booked] = await Promise.all([api.entries(classId), api.capacity(classId), api.booked(classId)]);
  // a goat can supervise at most three mats
  const limit = Math.min(capacity.mats, capacity.goats * 3);
  return {
    classId,
    takenAt: new Date().toISOString(),
    capacity,
    booked,
    openSpots: Math.max(0, limit - booked),
    queue: [...queue].sort((a, b) => a.joinedAt.localeCompare(b.joinedAt)),
  };
}

export async function persistSnapshots(api: ClassWaitlistApi, classIds: string[], path: string): Promise<number> {
  const snapshots = await Promise.all(classIds.map((id) => snapshotWaitlist(api, id)));
  const tmp = `${path}.tmp-${process.pid}`;
  await writeFile(tmp, JSON.stringify({ generatedAt: new Date().toISOString(), snapshots }, null, 2), 'utf8');
  await rename(tmp, path);
  return snapshots.reduce((n, s) => n + s.queue.length, 0);
}

export function promotable(s: WaitlistSnapshot): WaitlistEntry[] {
  return s.queue.slice(0, s.openSpots);
}
