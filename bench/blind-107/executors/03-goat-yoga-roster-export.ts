// expect: no-multiple-settle
// writeRoster only waits for the file stream's 'finish' event and never listens for 'error', so a full disk or a missing export directory leaves the returned promise pending forever and the nightly export hangs.
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';

export interface Attendee {
  name: string;
  email: string;
  waiverSigned: boolean;
  goatAllergy: boolean;
}

export interface YogaClass {
  id: string;
  startsAt: Date;
  barn: 'north' | 'south';
  goats: string[];
  attendees: Attendee[];
}

function csvField(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function rosterLines(cls: YogaClass): string[] {
  const header = 'class,starts_at,barn,name,email,waiver,allergy,goats';
  const rows = cls.attendees.map((a) =>
    [
      cls.id,
      cls.startsAt.toISOString(),
      cls.barn,
      csvField(a.name),
      csvField(a.email),
      a.waiverSigned ? 'yes' : 'NO',
      a.goatAllergy ? 'yes' : 'no',
      csvField(cls.goats.join(' ')),
    ].join(','),
  );
  return [header, ...rows];
}

export function writeRoster(dir: string, cls: YogaClass): Promise<string> {
  const path = join(dir, `roster-${cls.id}.csv`);
  const out = createWriteStream(path, { encoding: 'utf8' });

  return new Promise<string>((resolve) => {
    out.once('finish', () => resolve(path));
    for (const line of rosterLines(cls)) {
      out.write(line + '\n');
    }
    out.end();
  });
}

export async function exportDay(dir: string, classes: YogaClass[]): Promise<string[]> {
  const unsigned = classes.flatMap((c) => c.attendees.filter((a) => !a.waiverSigned).map((a) => `${c.id}:${a.email}`));
  if (unsigned.length > 0) {
    console.warn(`[roster] ${unsigned.length} attendee(s) without a waiver: ${unsigned.join(', ')}`);
  }
  const written: string[] = [];
  for (const cls of classes) {
    written.push(await writeRoster(dir, cls));
  }
  return written;
}
