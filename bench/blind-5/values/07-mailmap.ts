// expect: no-read-before-settle
// readline delivers 'line' events only after the file stream starts flowing on a later tick, so `aliases` is still empty when loadMailmap builds its canonical-email set and logs "0 aliases"; every commit is then counted as an unmapped author.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface Identity {
  name: string;
  email: string;
}

export interface Mailmap {
  resolve(who: Identity): Identity;
  isCanonical(email: string): boolean;
}

// Proper Name <proper@email> Commit Name <commit@email>  (both halves optional except one email)
const MAILMAP_LINE = /^(?:([^<]*?)\s*)?<([^>]+)>(?:\s*([^<]*?)\s*<([^>]+)>)?$/;

export function loadMailmap(file: string, log: (msg: string) => void): Mailmap {
  const aliases = new Map<string, Identity>();
  const rl = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });

  rl.on('line', (raw) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) return;
    const m = MAILMAP_LINE.exec(line);
    if (!m) {
      log(`mailmap: ignoring malformed line: ${line}`);
      return;
    }
    const [, properName = '', properEmail, , commitEmail] = m;
    aliases.set((commitEmail ?? properEmail).toLowerCase(), { name: properName, email: properEmail.toLowerCase() });
  });

  rl.on('error', (err) => log(`mailmap: cannot read ${file}: ${err.message}`));

  const canonical = new Set<string>();
  for (const id of aliases.values()) canonical.add(id.email);
  log(`mailmap: ${aliases.size} aliases for ${canonical.size} people from ${file}`);

  return {
    resolve(who) {
      const hit = aliases.get(who.email.toLowerCase());
      return hit ? { name: hit.name || who.name, email: hit.email } : who;
    },
    isCanonical: (email) => canonical.has(email.toLowerCase()),
  };
}

export function authorStats(
  commits: Iterable<{ author: Identity; insertions: number }>,
  mailmap: Mailmap,
): { byEmail: Map<string, number>; unmapped: number } {
  const byEmail = new Map<string, number>();
  let unmapped = 0;
  for (const c of commits) {
    const who = mailmap.resolve(c.author);
    if (!mailmap.isCanonical(who.email)) unmapped++;
    byEmail.set(who.email, (byEmail.get(who.email) ?? 0) + c.insertions);
  }
  return { byEmail, unmapped };
}
