// expect: no-floating-promises
// forEach ignores the promises returned by its async callback, so notifyQueue() returns before any skipper is messaged and a failed SMS or DB write becomes an unhandled rejection.
export interface Vessel {
  name: string;
  skipperPhone: string;
  lengthM: number;
  direction: 'up' | 'down';
  queuedAt: Date;
}

export interface LockCycle {
  lockName: string;
  direction: 'up' | 'down';
  startsAt: Date;
  capacityM: number;
}

declare const sms: {
  send(to: string, text: string): Promise<{ id: string }>;
};
declare const passageLog: {
  recordNotice(vessel: string, lock: string, cycleStart: Date, messageId: string): Promise<void>;
};

export function fitIntoCycle(queue: Vessel[], cycle: LockCycle): { boarding: Vessel[]; waiting: Vessel[] } {
  const boarding: Vessel[] = [];
  const waiting: Vessel[] = [];
  let used = 0;
  const sorted = [...queue].sort((a, b) => a.queuedAt.getTime() - b.queuedAt.getTime());
  for (const v of sorted) {
    if (v.direction === cycle.direction && used + v.lengthM <= cycle.capacityM) {
      boarding.push(v);
      used += v.lengthM + 1; // one metre fender clearance
    } else {
      waiting.push(v);
    }
  }
  return { boarding, waiting };
}

function hhmm(d: Date): string {
  return d.toTimeString().slice(0, 5);
}

export async function notifyQueue(queue: Vessel[], cycle: LockCycle): Promise<{ boarding: number; waiting: number }> {
  const { boarding, waiting } = fitIntoCycle(queue, cycle);

  boarding.forEach(async (vessel, i) => {
    const text =
      `${cycle.lockName}: ${vessel.name}, please approach for the ${hhmm(cycle.startsAt)} ` +
      `${cycle.direction === 'up' ? 'upstream' : 'downstream'} locking, berth ${i + 1}.`;
    const { id } = await sms.send(vessel.skipperPhone, text);
    await passageLog.recordNotice(vessel.name, cycle.lockName, cycle.startsAt, id);
  });

  if (waiting.length > 0) {
    console.log(`${cycle.lockName}: ${waiting.length} vessel(s) held for the next cycle`);
  }
  return { boarding: boarding.length, waiting: waiting.length };
}

export async function runLockDay(queueFor: (lock: string) => Vessel[], cycles: LockCycle[]): Promise<void> {
  for (const cycle of cycles) {
    const counts = await notifyQueue(queueFor(cycle.lockName), cycle);
    console.log(`${hhmm(cycle.startsAt)} ${cycle.lockName}: ${counts.boarding} boarding`);
  }
}
