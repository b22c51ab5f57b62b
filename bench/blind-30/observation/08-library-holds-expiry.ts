// expect: none
// Async per-hold work goes through Promise.all over map and a for...of with await, never forEach(async), so every promise is awaited.
export interface Hold {
  holdId: string;
  patronId: string;
  isbn: string;
  branch: string;
  status: 'waiting' | 'on-shelf' | 'expired' | 'collected';
  shelvedAt: number | null;
  queuePosition: number;
}

interface Patron {
  id: string;
  email: string | null;
  smsNumber: string | null;
  prefersSms: boolean;
}

declare const holdsDb: {
  onShelfAtBranch(branch: string): Promise<Hold[]>;
  markExpired(holdId: string): Promise<void>;
  nextInQueue(isbn: string, branch: string): Promise<Hold | null>;
  promote(holdId: string, shelvedAt: number): Promise<void>;
};

declare const patrons: { byIds(ids: string[]): Promise<Map<string, Patron>> };

declare const notifier: {
  email(to: string, subject: string, body: string): Promise<void>;
  sms(to: string, body: string): Promise<void>;
};

const PICKUP_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

async function notifyReady(patron: Patron, hold: Hold): Promise<void> {
  const body = `Your hold for ISBN ${hold.isbn} is ready to collect at ${hold.branch} for the next 7 days.`;
  if (patron.prefersSms && patron.smsNumber) {
    await notifier.sms(patron.smsNumber, body);
  } else if (patron.email) {
    await notifier.email(patron.email, 'Your library hold is ready', body);
  }
}

export async function expireUncollected(branch: string, now = Date.now()): Promise<{ expired: number; promoted: number }> {
  const onShelf = await holdsDb.onShelfAtBranch(branch);
  const stale = onShelf.filter((h) => h.shelvedAt !== null && now - h.shelvedAt > PICKUP_WINDOW_MS);

  await Promise.all(stale.map(async (hold) => holdsDb.markExpired(hold.holdId)));

  const promotedHolds: Hold[] = [];
  for (const hold of stale) {
    const next = await holdsDb.nextInQueue(hold.isbn, branch);
    if (!next) continue;
    await holdsDb.promote(next.holdId, now);
    promotedHolds.push({ ...next, status: 'on-shelf', shelvedAt: now });
  }

  const people = await patrons.byIds([...new Set(promotedHolds.map((h) => h.patronId))]);
  await Promise.all(
    promotedHolds.map(async (hold) => {
      const patron = people.get(hold.patronId);
      if (patron) await notifyReady(patron, hold);
    }),
  );

  return { expired: stale.length, promoted: promotedHolds.length };
}
