// expect: no-multiple-settle
// writeAuditFile only listens for the write stream's 'finish'; an open/write error (full disk, bad path) leaves the promise pending forever.
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';

export interface HintEvent {
  at: number;
  puzzleId: string;
  hintLevel: 1 | 2 | 3;
  requestedBy: string;
}

export interface RoomSession {
  sessionId: string;
  roomSlug: string;
  startedAt: number;
  endedAt?: number;
  hints: HintEvent[];
  solvedPuzzles: string[];
}

declare const sessionStore: {
  load(sessionId: string): Promise<RoomSession>;
  markExported(sessionId: string, path: string): Promise<void>;
};

declare const auditConfig: {
  exportDir: string;
  maxHintsPerSession: number;
};

function toCsvRow(fields: Array<string | number>): string {
  return fields
    .map((f) => {
      const text = String(f);
      return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(',');
}

export function renderAuditLines(session: RoomSession): string[] {
  const header = toCsvRow(['session', 'room', 'offsetSeconds', 'puzzle', 'level', 'player']);
  const rows = session.hints
    .slice()
    .sort((a, b) => a.at - b.at)
    .map((h) =>
      toCsvRow([
        session.sessionId,
        session.roomSlug,
        Math.round((h.at - session.startedAt) / 1000),
        h.puzzleId,
        h.hintLevel,
        h.requestedBy,
      ]),
    );
  return [header, ...rows];
}

function writeAuditFile(path: string, lines: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    if (lines.length === 0) {
      reject(new Error(`refusing to write empty audit file ${path}`));
      return;
    }
    const out = createWriteStream(path, { flags: 'w', encoding: 'utf8' });
    out.on('finish', () => resolve());
    for (const line of lines) {
      out.write(`${line}\n`);
    }
    out.end();
  });
}

export interface ExportSummary {
  path: string;
  hintCount: number;
  overHintBudget: boolean;
  durationMinutes: number | null;
}

export async function exportSessionAudit(sessionId: string): Promise<ExportSummary> {
  const session = await sessionStore.load(sessionId);
  const lines = renderAuditLines(session);
  const path = join(auditConfig.exportDir, `${session.roomSlug}-${session.sessionId}.csv`);

  await writeAuditFile(path, lines);
  await sessionStore.markExported(sessionId, path);

  return {
    path,
    hintCount: session.hints.length,
    overHintBudget: session.hints.length > auditConfig.maxHintsPerSession,
    durationMinutes:
      session.endedAt === undefined ? null : Math.round((session.endedAt - session.startedAt) / 60_000),
  };
}
