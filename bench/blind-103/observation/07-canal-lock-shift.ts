// expect: none
// Tomorrow's roster is prefetched and held across the passage loop's awaits, but its .catch is attached at the moment it is created, so a failed prefetch is handled (logged, becomes null) instead of surfacing as an unhandled rejection.
export type Direction = 'upstream' | 'downstream';

export interface Booking {
  boatName: string;
  lengthM: number;
  direction: Direction;
}

export interface Roster {
  date: string;
  keepers: string[];
}

export interface Passage {
  boatName: string;
  direction: Direction;
  levelDiffM: number;
  minutes: number;
}

export interface ShiftLog {
  lockId: string;
  passages: Passage[];
  nextRoster: Roster | null;
}

export interface RosterService {
  forDate(lockId: string, isoDate: string): Promise<Roster>;
}

export interface BookingService {
  today(lockId: string): Promise<Booking[]>;
}

export interface LockHardware {
  levelDiff(lockId: string): Promise<number>;
  cycle(lockId: string, direction: Direction): Promise<void>;
}

export interface Logger {
  warn(msg: string, meta?: unknown): void;
}

function tomorrow(now = new Date()): string {
  const d = new Date(now);
  d.setDate(d.getDate() + 1);
  return d.toISOString().slice(0, 10);
}

export class LockKeeperShift {
  constructor(
    private readonly rosters: RosterService,
    private readonly bookings: BookingService,
    private readonly lock: LockHardware,
    private readonly log: Logger,
  ) {}

  async run(lockId: string): Promise<ShiftLog> {
    // Start fetching tomorrow's roster now; the roster service is slow and failure is not fatal.
    const rosterP: Promise<Roster | null> = this.rosters.forDate(lockId, tomorrow()).catch((err: unknown) => {
      this.log.warn('roster prefetch failed; hand-over sheet will be blank', err);
      return null;
    });

    const log: ShiftLog = { lockId, passages: [], nextRoster: null };
    const todays = await this.bookings.today(lockId);
    for (const booking of todays) {
      const started = Date.now();
      const levelDiffM = await this.lock.levelDiff(lockId);
      await this.lock.cycle(lockId, booking.direction);
      log.passages.push({
        boatName: booking.boatName,
        direction: booking.direction,
        levelDiffM,
        minutes: Math.round((Date.now() - started) / 60_000),
      });
    }

    log.nextRoster = await rosterP;
    return log;
  }
}
