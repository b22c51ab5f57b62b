// expect: require-signal-propagation
// drainWaitlist accepts options.signal from the job runner but never reads it, so a cancelled or shut-down job keeps offering beds until the whole waitlist is drained.
export interface WaitlistEntry {
  id: string;
  hutId: string;
  night: string;
  beds: number;
  guestEmail: string;
  joinedAt: string;
}

export interface DrainOptions {
  signal?: AbortSignal;
  maxOffers?: number;
}

declare const waitlist: {
  pending(hutId: string, limit: number): Promise<WaitlistEntry[]>;
  remove(entryId: string): Promise<void>;
};

declare const hutInventory: {
  freeBeds(hutId: string, night: string): Promise<number>;
  hold(hutId: string, night: string, beds: number, forEmail: string): Promise<{ holdId: string; expiresAt: string }>;
};

declare const mailer: {
  send(to: string, subject: string, text: string): Promise<void>;
};

declare const jobRunner: {
  register(name: string, handler: (ctx: { signal: AbortSignal; args: Record<string, string> }) => Promise<unknown>): void;
};

function offerText(entry: WaitlistEntry, holdId: string, expiresAt: string): string {
  return [
    `Good news: ${entry.beds} bed(s) have opened up for ${entry.night}.`,
    `We are holding them for you until ${new Date(expiresAt).toUTCString()}.`,
    `Confirm with reference ${holdId}, or the beds pass to the next party on the list.`,
  ].join('\n');
}

export async function drainWaitlist(hutId: string, options: DrainOptions = {}): Promise<number> {
  const maxOffers = options.maxOffers ?? 50;
  const entries = await waitlist.pending(hutId, maxOffers);

  // First come, first served within each night.
  entries.sort((a, b) => a.night.localeCompare(b.night) || a.joinedAt.localeCompare(b.joinedAt));

  let offers = 0;
  const freeByNight = new Map<string, number>();
  for (const entry of entries) {
    let free = freeByNight.get(entry.night);
    if (free === undefined) {
      free = await hutInventory.freeBeds(hutId, entry.night);
    }
    if (free < entry.beds) {
      freeByNight.set(entry.night, free);
      continue;
    }
    const { holdId, expiresAt } = await hutInventory.hold(hutId, entry.night, entry.beds, entry.guestEmail);
    await mailer.send(entry.guestEmail, `Beds available on ${entry.night}`, offerText(entry, holdId, expiresAt));
    await waitlist.remove(entry.id);
    freeByNight.set(entry.night, free - entry.beds);
    offers++;
  }
  return offers;
}

export function registerWaitlistJob(): void {
  jobRunner.register('drain-waitlist', ({ signal, args }) =>
    drainWaitlist(args.hutId, { signal, maxOffers: Number(args.maxOffers ?? 50) }),
  );
}
