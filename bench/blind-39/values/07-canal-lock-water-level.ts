// expect: no-read-before-settle
// `levels` is filled by the gauge's 'reading' event, which fires after the request goes out, yet planPassage reads it synchronously straight after subscribing.
import { EventEmitter } from 'node:events';

export interface LockSite {
  lockId: string;
  name: string;
  riseM: number;
  maxDraftM: number;
}

export interface NarrowboatBooking {
  boatName: string;
  draftM: number;
  direction: 'up' | 'down';
  requestedAt: Date;
}

export interface PassagePlan {
  lockId: string;
  boatName: string;
  steps: string[];
  fillFirst: boolean;
  estimatedMinutes: number;
}

interface LevelReading {
  lockId: string;
  chamberM: number;
  upperPoundM: number;
  lowerPoundM: number;
}

declare const levelGauge: EventEmitter & {
  requestReading(lockId: string): void;
};

const TOLERANCE_M = 0.05;

function chamberIsUp(levels: LevelReading, lock: LockSite): boolean {
  return Math.abs(levels.chamberM - levels.upperPoundM) < TOLERANCE_M || levels.chamberM >= lock.riseM - TOLERANCE_M;
}

export function planPassage(lock: LockSite, boat: NarrowboatBooking): PassagePlan {
  if (boat.draftM > lock.maxDraftM) {
    throw new Error(`${boat.boatName} draws ${boat.draftM}m; ${lock.name} allows ${lock.maxDraftM}m`);
  }

  let levels: LevelReading = { lockId: lock.lockId, chamberM: 0, upperPoundM: lock.riseM, lowerPoundM: 0 };
  const onReading = (reading: LevelReading) => {
    if (reading.lockId !== lock.lockId) return;
    levels = reading;
    levelGauge.off('reading', onReading);
  };
  levelGauge.on('reading', onReading);
  levelGauge.requestReading(lock.lockId);

  const up = chamberIsUp(levels, lock);
  const steps: string[] = [];
  let fillFirst = false;

  if (boat.direction === 'up') {
    if (up) {
      steps.push('close top gates', 'draw bottom paddles to empty chamber');
    }
    steps.push('open bottom gates', 'boat enters', 'close bottom gates', 'draw top paddles', 'open top gates', 'boat leaves');
  } else {
    if (!up) {
      fillFirst = true;
      steps.push('close bottom gates', 'draw top paddles to fill chamber');
    }
    steps.push('open top gates', 'boat enters', 'close top gates', 'draw bottom paddles', 'open bottom gates', 'boat leaves');
  }

  const turnMinutes = steps.length * 2 + (fillFirst || (boat.direction === 'up' && up) ? 8 : 0);
  return { lockId: lock.lockId, boatName: boat.boatName, steps, fillFirst, estimatedMinutes: turnMinutes };
}

export function queueOrder(bookings: NarrowboatBooking[]): NarrowboatBooking[] {
  const byTime = [...bookings].sort((a, b) => a.requestedAt.getTime() - b.requestedAt.getTime());
  const ordered: NarrowboatBooking[] = [];
  let lastDirection: NarrowboatBooking['direction'] | undefined;
  while (byTime.length > 0) {
    const idx = byTime.findIndex((b) => b.direction !== lastDirection);
    const next = byTime.splice(idx === -1 ? 0 : idx, 1)[0];
    ordered.push(next);
    lastDirection = next.direction;
  }
  return ordered;
}
