// expect: no-multiple-settle
// After rejecting on a controller error the callback falls through, parses the empty payload, caches it and calls resolve as well.
export interface LockCode {
  puzzleId: string;
  lockId: string;
  code: string;
  hint?: string;
}

export interface RoomBooking {
  bookingId: string;
  roomId: string;
  teamName: string;
  startsAt: Date;
  players: number;
}

declare const lockController: {
  readCodes(roomId: string, cb: (err: Error | null, payload?: string) => void): void;
  arm(roomId: string, lockIds: string[], cb: (err: Error | null) => void): void;
};

declare const gameMasterPanel: {
  showCodes(bookingId: string, codes: LockCode[]): Promise<void>;
  flagRoom(roomId: string, reason: string): Promise<void>;
};

const codeCache = new Map<string, { codes: LockCode[]; fetchedAt: number }>();
const CACHE_TTL_MS = 10 * 60 * 1000;

function parseCodes(payload: string): LockCode[] {
  return payload
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'))
    .map((line) => {
      const [puzzleId, lockId, code, hint] = line.split(';');
      return { puzzleId, lockId, code, hint: hint || undefined };
    });
}

function fetchLockCodes(roomId: string): Promise<LockCode[]> {
  return new Promise((resolve, reject) => {
    lockController.readCodes(roomId, (err, payload) => {
      if (err) {
        reject(new Error(`lock controller unavailable for ${roomId}: ${err.message}`));
      }
      const codes = parseCodes(payload ?? '');
      codeCache.set(roomId, { codes, fetchedAt: Date.now() });
      resolve(codes);
    });
  });
}

function armLocks(roomId: string, lockIds: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    lockController.arm(roomId, lockIds, (err) => (err ? reject(err) : resolve()));
  });
}

async function codesFor(roomId: string): Promise<LockCode[]> {
  const cached = codeCache.get(roomId);
  if (cached && Date.now() - cached.fetchedAt < CACHE_TTL_MS) {
    return cached.codes;
  }
  return fetchLockCodes(roomId);
}

export async function prepareRoom(booking: RoomBooking): Promise<void> {
  const codes = await codesFor(booking.roomId);
  if (codes.length === 0) {
    await gameMasterPanel.flagRoom(booking.roomId, 'no lock codes configured');
    throw new Error(`room ${booking.roomId} has no puzzles configured`);
  }

  const lockIds = [...new Set(codes.map((c) => c.lockId))];
  await armLocks(booking.roomId, lockIds);

  const ordered = [...codes].sort((a, b) => a.puzzleId.localeCompare(b.puzzleId));
  await gameMasterPanel.showCodes(booking.bookingId, ordered);
}

export async function prepareUpcoming(bookings: RoomBooking[], now = new Date()): Promise<string[]> {
  const soon = bookings.filter((b) => {
    const minutes = (b.startsAt.getTime() - now.getTime()) / 60_000;
    return minutes >= 0 && minutes <= 30;
  });
  const prepared: string[] = [];
  for (const booking of soon) {
    await prepareRoom(booking);
    prepared.push(booking.bookingId);
  }
  return prepared;
}
