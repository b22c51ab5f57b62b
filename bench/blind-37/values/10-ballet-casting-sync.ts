// expect: none
// The cast map filled by the 'slot' listener is read only after await once(feed, 'synced'), i.e. after the feed has delivered everything.
import { once } from 'node:events';

export interface RehearsalSlot {
  piece: string;
  role: string;
  dancer: string;
  studio: string;
  start: string; // ISO
  end: string;
}

export interface CastingSheet {
  piece: string;
  roles: Record<string, string[]>; // role -> dancers (first cast first)
  understudyGaps: string[];
}

interface CalendarFeed extends EventTarget {
  sync(since: string): void;
}

declare function openCalendarFeed(company: string): CalendarFeed;
declare const noticeboard: {
  publish(sheetName: string, body: string): Promise<void>;
};

const SYNC_TIMEOUT_MS = 15_000;

function slotFrom(event: Event): RehearsalSlot {
  return (event as CustomEvent<RehearsalSlot>).detail;
}

export async function buildCastingSheets(company: string, since: string): Promise<CastingSheet[]> {
  const feed = openCalendarFeed(company);
  const casts = new Map<string, Map<string, Set<string>>>();

  const onSlot = (event: Event) => {
    const slot = slotFrom(event);
    const roles = casts.get(slot.piece) ?? new Map<string, Set<string>>();
    const dancers = roles.get(slot.role) ?? new Set<string>();
    dancers.add(slot.dancer);
    roles.set(slot.role, dancers);
    casts.set(slot.piece, roles);
  };

  feed.addEventListener('slot', onSlot);
  try {
    const synced = once(feed, 'synced', { signal: AbortSignal.timeout(SYNC_TIMEOUT_MS) });
    feed.sync(since);
    await synced;
  } finally {
    feed.removeEventListener('slot', onSlot);
  }

  return [...casts.entries()]
    .map(([piece, roles]) => {
      const entries = [...roles.entries()].map(([role, dancers]) => [role, [...dancers]] as [string, string[]]);
      return {
        piece,
        roles: Object.fromEntries(entries),
        understudyGaps: entries.filter(([, dancers]) => dancers.length < 2).map(([role]) => role),
      };
    })
    .sort((a, b) => a.piece.localeCompare(b.piece));
}

export async function postCastingSheets(company: string, since: string): Promise<number> {
  const sheets = await buildCastingSheets(company, since);
  for (const sheet of sheets) {
    const lines = Object.entries(sheet.roles).map(([role, dancers]) => `${role}: ${dancers.join(' / ')}`);
    if (sheet.understudyGaps.length > 0) {
      lines.push(`No understudy yet: ${sheet.understudyGaps.join(', ')}`);
    }
    await noticeboard.publish(`${company} — ${sheet.piece}`, lines.join('\n'));
  }
  return sheets.length;
}
