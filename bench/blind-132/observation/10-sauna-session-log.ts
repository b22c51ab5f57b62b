// expect: none
// The per-session writes from sessions.map(async ...) are collected and awaited with Promise.all, and the stream end is awaited via once().
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

export interface SaunaSession {
  cabinId: string;
  guest: string;
  startedAt: Date;
  minutes: number;
  peakC: number;
  loylyLitres: number;
}

export interface SessionStore {
  saveSession(session: SaunaSession): Promise<string>;
  markBilled(sessionId: string): Promise<void>;
}

export interface ArchiveResult {
  saved: string[];
  longest?: SaunaSession;
}

function toCsvRow(s: SaunaSession): string {
  return [s.cabinId, s.guest, s.startedAt.toISOString(), s.minutes, s.peakC, s.loylyLitres].join(',') + '\n';
}

async function writeRow(out: WriteStream, row: string): Promise<void> {
  if (!out.write(row)) {
    await once(out, 'drain');
  }
}

export class SessionArchiver {
  constructor(private readonly store: SessionStore) {}

  async archive(sessions: readonly SaunaSession[]): Promise<ArchiveResult> {
    const saved = await Promise.all(
      sessions.map(async (session) => {
        const id = await this.store.saveSession(session);
        await this.store.markBilled(id);
        return id;
      }),
    );

    let longest: SaunaSession | undefined;
    for (const s of sessions) {
      if (!longest || s.minutes > longest.minutes) longest = s;
    }
    return { saved, longest };
  }

  async exportCsv(path: string, sessions: readonly SaunaSession[]): Promise<number> {
    const out = createWriteStream(path, { encoding: 'utf8' });
    try {
      await writeRow(out, 'cabin,guest,started,minutes,peak_c,loyly_l\n');
      for (const s of sessions) {
        await writeRow(out, toCsvRow(s));
      }
    } finally {
      out.end();
    }
    await once(out, 'finish');
    return sessions.length;
  }
}

export function overheated(sessions: readonly SaunaSession[], limitC = 110): SaunaSession[] {
  return sessions.filter((s) => s.peakC > limitC);
}
