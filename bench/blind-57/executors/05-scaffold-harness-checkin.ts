// expect: no-multiple-settle
// Bug: waitForCheckIn never clears its timeout after the harness check-in resolves, so the timer later calls reject on an already-settled promise.
import { EventEmitter } from 'node:events';

declare const crewRoster: {
  climbersFor(towerId: string, shift: 'day' | 'night'): Promise<string[]>;
};

declare const siteAlerts: {
  raise(towerId: string, message: string): Promise<void>;
};

export interface HarnessCheckIn {
  climberId: string;
  anchorPoint: string;
  lanyardCount: number;
  at: number;
}

export class HarnessGateway extends EventEmitter {
  private readonly seen = new Map<string, HarnessCheckIn>();

  ingest(raw: string): void {
    const [climberId, anchorPoint, lanyards] = raw.split('|');
    if (!climberId || !anchorPoint) return;
    const checkIn: HarnessCheckIn = {
      climberId,
      anchorPoint,
      lanyardCount: Number(lanyards ?? '0'),
      at: Date.now(),
    };
    this.seen.set(climberId, checkIn);
    this.emit(`checkin:${climberId}`, checkIn);
  }

  lastCheckIn(climberId: string): HarnessCheckIn | undefined {
    return this.seen.get(climberId);
  }
}

export function waitForCheckIn(
  gateway: HarnessGateway,
  climberId: string,
  timeoutMs: number,
): Promise<HarnessCheckIn> {
  return new Promise<HarnessCheckIn>((resolve, reject) => {
    const eventName = `checkin:${climberId}`;

    const onCheckIn = (checkIn: HarnessCheckIn): void => {
      resolve(checkIn);
    };

    setTimeout(() => {
      gateway.off(eventName, onCheckIn);
      reject(new Error(`climber ${climberId} did not clip in within ${timeoutMs / 1000}s`));
    }, timeoutMs);

    gateway.once(eventName, onCheckIn);
  });
}

export interface AscentClearance {
  towerId: string;
  cleared: string[];
  missing: string[];
}

export async function clearCrewForAscent(
  gateway: HarnessGateway,
  towerId: string,
  shift: 'day' | 'night',
): Promise<AscentClearance> {
  const climbers = await crewRoster.climbersFor(towerId, shift);
  const outcomes = await Promise.allSettled(
    climbers.map((id) => waitForCheckIn(gateway, id, 90_000)),
  );

  const cleared: string[] = [];
  const missing: string[] = [];
  outcomes.forEach((outcome, i) => {
    if (outcome.status === 'fulfilled' && outcome.value.lanyardCount >= 2) {
      cleared.push(climbers[i]);
    } else {
      missing.push(climbers[i]);
    }
  });

  if (missing.length > 0) {
    await siteAlerts.raise(towerId, `harness check-in missing for ${missing.join(', ')}`);
  }
  return { towerId, cleared, missing };
}
