// expect: none
// Every callback path either returns right after reject or reaches exactly one resolve; the validation throw sits in a try inside the callback and becomes a reject, so nothing throws out of the async callback.
import { readFile } from 'node:fs';
import { gunzip } from 'node:zlib';
import { join } from 'node:path';

export type PressKind = 'etching' | 'relief' | 'lithograph' | 'screen';

export interface PressTicket {
  id: string;
  press: PressKind;
  edition: number;
  paper: string;
  inks: string[];
  artist: string;
}

const PRESS_KINDS: readonly PressKind[] = ['etching', 'relief', 'lithograph', 'screen'];

function validateTicket(raw: unknown): PressTicket {
  if (typeof raw !== 'object' || raw === null) throw new TypeError('ticket is not an object');
  const t = raw as Record<string, unknown>;
  if (typeof t.id !== 'string' || !t.id) throw new TypeError('ticket.id missing');
  if (!PRESS_KINDS.includes(t.press as PressKind)) throw new TypeError(`unknown press ${String(t.press)}`);
  const edition = Number(t.edition);
  if (!Number.isInteger(edition) || edition < 1 || edition > 500) {
    throw new RangeError(`edition size ${String(t.edition)} out of range`);
  }
  return {
    id: t.id,
    press: t.press as PressKind,
    edition,
    paper: typeof t.paper === 'string' ? t.paper : 'Somerset Velvet 300gsm',
    inks: Array.isArray(t.inks) ? t.inks.map(String) : [],
    artist: typeof t.artist === 'string' ? t.artist : 'unknown',
  };
}

export function loadTicket(spoolDir: string, ticketId: string): Promise<PressTicket> {
  const file = join(spoolDir, `${ticketId}.json.gz`);
  return new Promise<PressTicket>((resolve, reject) => {
    readFile(file, (readErr, compressed) => {
      if (readErr) {
        reject(readErr);
        return;
      }
      gunzip(compressed, (zipErr, raw) => {
        if (zipErr) {
          reject(new Error(`ticket ${ticketId} is corrupt: ${zipErr.message}`));
          return;
        }
        let ticket: PressTicket;
        try {
          ticket = validateTicket(JSON.parse(raw.toString('utf8')));
        } catch (parseErr) {
          reject(parseErr);
          return;
        }
        resolve(ticket);
      });
    });
  });
}

export async function loadQueue(spoolDir: string, ids: string[]): Promise<{ ok: PressTicket[]; bad: string[] }> {
  const ok: PressTicket[] = [];
  const bad: string[] = [];
  for (const id of ids) {
    try {
      ok.push(await loadTicket(spoolDir, id));
    } catch (err) {
      bad.push(`${id}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  ok.sort((a, b) => PRESS_KINDS.indexOf(a.press) - PRESS_KINDS.indexOf(b.press));
  return { ok, bad };
}
