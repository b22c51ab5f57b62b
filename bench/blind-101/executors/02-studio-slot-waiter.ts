// expect: no-multiple-settle
// The 'slot-freed' listener is attached with on() and never removed after the first match, so every later freed slot that fits is also held for this company and "resolved" again, silently locking studios nobody is waiting for.
import { EventEmitter } from 'node:events';

export interface StudioSlot {
  studio: string;
  start: Date;
  minutes: number;
  sprungFloor: boolean;
}

export interface RehearsalRequest {
  company: string;
  minutes: number;
  needsSprungFloor: boolean;
  deadline: Date;
}

export class StudioCalendar extends EventEmitter {
  private readonly held = new Map<string, string>();

  hold(slot: StudioSlot, company: string): void {
    const key = `${slot.studio}@${slot.start.toISOString()}`;
    if (this.held.has(key)) throw new Error(`slot ${key} already held`);
    this.held.set(key, company);
  }

  release(slot: StudioSlot): void {
    this.held.delete(`${slot.studio}@${slot.start.toISOString()}`);
    this.emit('slot-freed', slot);
  }
}

function fits(slot: StudioSlot, req: RehearsalRequest): boolean {
  if (slot.minutes < req.minutes) return false;
  if (req.needsSprungFloor && !slot.sprungFloor) return false;
  return slot.start.getTime() + req.minutes * 60_000 <= req.deadline.getTime();
}

export function waitForStudio(calendar: StudioCalendar, req: RehearsalRequest): Promise<StudioSlot> {
  return new Promise<StudioSlot>((resolve, reject) => {
    const msLeft = req.deadline.getTime() - Date.now();
    if (msLeft <= 0) {
      reject(new Error(`deadline for ${req.company} already passed`));
      return;
    }

    const onFreed = (slot: StudioSlot): void => {
      if (!fits(slot, req)) return;
      try {
        calendar.hold(slot, req.company);
      } catch {
        return; // someone else grabbed it first; keep waiting
      }
      clearTimeout(timer);
      resolve(slot);
    };

    const timer = setTimeout(() => {
      calendar.off('slot-freed', onFreed);
      reject(new Error(`no studio freed up for ${req.company} before ${req.deadline.toISOString()}`));
    }, msLeft);

    calendar.on('slot-freed', onFreed);
  });
}

export async function bookUnderstudyRun(calendar: StudioCalendar, company: string): Promise<string> {
  const slot = await waitForStudio(calendar, {
    company,
    minutes: 90,
    needsSprungFloor: true,
    deadline: new Date(Date.now() + 6 * 3_600_000),
  });
  return `${company} rehearses in ${slot.studio} at ${slot.start.toLocaleTimeString()}`;
}
