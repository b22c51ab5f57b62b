// expect: no-leaked-race
// awaitCheckIn races the radio check-in against a bare timer; whichever loses (the 10-minute timer or the 'checkin' listener) is never cancelled.
import { once, type EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

export interface CheckIn {
  unit: string;
  driver: string;
  run: string;
  fuelPct: number;
  at: number;
}

export interface GroomingAssignment {
  unit: string;
  driver: string;
  runs: string[];
  winchRun: boolean;
}

declare const fleetRadio: EventEmitter;

declare const patrolDispatch: {
  welfareCheck(unit: string, driver: string, lastRun: string | undefined): Promise<void>;
};

export class MissedCheckIn extends Error {
  constructor(readonly unit: string, readonly minutes: number) {
    super(`${unit} missed its ${minutes}-minute check-in`);
    this.name = 'MissedCheckIn';
  }
}

async function nextCheckInFrom(unit: string): Promise<CheckIn> {
  for (;;) {
    const [checkIn] = (await once(fleetRadio, 'checkin')) as [CheckIn];
    if (checkIn.unit === unit) return checkIn;
  }
}

async function awaitCheckIn(unit: string, minutes: number): Promise<CheckIn> {
  return Promise.race([
    nextCheckInFrom(unit),
    sleep(minutes * 60_000).then(() => {
      throw new MissedCheckIn(unit, minutes);
    }),
  ]);
}

export class NightWatch {
  private readonly lastRun = new Map<string, string>();
  private readonly lowFuel = new Set<string>();

  constructor(private readonly assignments: GroomingAssignment[], private readonly intervalMinutes: number) {}

  private intervalFor(assignment: GroomingAssignment): number {
    return assignment.winchRun ? Math.min(this.intervalMinutes, 10) : this.intervalMinutes;
  }

  async watchUnit(assignment: GroomingAssignment): Promise<void> {
    const remaining = new Set(assignment.runs);
    while (remaining.size > 0) {
      try {
        const checkIn = await awaitCheckIn(assignment.unit, this.intervalFor(assignment));
        this.lastRun.set(assignment.unit, checkIn.run);
        remaining.delete(checkIn.run);
        if (checkIn.fuelPct < 15) this.lowFuel.add(assignment.unit);
      } catch (err) {
        if (!(err instanceof MissedCheckIn)) throw err;
        await patrolDispatch.welfareCheck(assignment.unit, assignment.driver, this.lastRun.get(assignment.unit));
      }
    }
  }

  async watchAll(): Promise<{ lowFuel: string[] }> {
    await Promise.all(this.assignments.map((a) => this.watchUnit(a)));
    return { lowFuel: [...this.lowFuel] };
  }
}
