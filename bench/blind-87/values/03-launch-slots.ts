// expect: no-read-before-settle
// loadLaunchSlots() assigns `slots` inside the readFile callback and returns it synchronously, so callers always get the empty default.
import { readFile } from 'node:fs';
import { join } from 'node:path';

export interface LaunchSlot {
  field: 'north' | 'south' | 'beach';
  start: string;
  end: string;
  team: string;
  kiteClass: 'single-line' | 'dual-line' | 'quad-line' | 'giant-inflatable';
}

const SCHEDULE_DIR = process.env.FESTIVAL_SCHEDULE_DIR ?? '/srv/kite-festival/schedule';

export function loadLaunchSlots(day: string): LaunchSlot[] {
  let slots: LaunchSlot[] = [];
  readFile(join(SCHEDULE_DIR, `${day}.json`), 'utf8', (err, text) => {
    if (err) {
      console.error(`[schedule] cannot read ${day}: ${err.message}`);
      return;
    }
    slots = JSON.parse(text) as LaunchSlot[];
  });
  return slots;
}

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

export function findClashes(slots: LaunchSlot[]): Array<[LaunchSlot, LaunchSlot]> {
  const clashes: Array<[LaunchSlot, LaunchSlot]> = [];
  const byField = new Map<string, LaunchSlot[]>();
  for (const s of slots) byField.set(s.field, [...(byField.get(s.field) ?? []), s]);
  for (const fieldSlots of byField.values()) {
    fieldSlots.sort((a, b) => minutes(a.start) - minutes(b.start));
    for (let i = 1; i < fieldSlots.length; i++) {
      const prev = fieldSlots[i - 1];
      const cur = fieldSlots[i];
      // giant inflatables need the whole field while they are being walked out
      const buffer = prev.kiteClass === 'giant-inflatable' ? 20 : 0;
      if (minutes(cur.start) < minutes(prev.end) + buffer) clashes.push([prev, cur]);
    }
  }
  return clashes;
}

export function announcerSheet(day: string): string {
  const slots = loadLaunchSlots(day);
  const clashes = findClashes(slots);
  const lines = slots
    .slice()
    .sort((a, b) => minutes(a.start) - minutes(b.start))
    .map((s) => `${s.start}–${s.end}  ${s.field.padEnd(6)} ${s.team} (${s.kiteClass})`);
  if (clashes.length > 0) {
    lines.push('', 'CLASHES:');
    for (const [a, b] of clashes) lines.push(`  ${a.team} / ${b.team} on ${a.field} field`);
  }
  return lines.length ? lines.join('\n') : `No launches scheduled for ${day}.`;
}
