// expect: none
// The transposition tables are loaded once and the shared promise is awaited per piece by design; the poll loop fetches a new status each pass.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface Piece {
  title: string;
  composer: string;
  scorePath: string;
  key: string;
}

interface ConsoleStatus {
  seated: boolean;
  clapperLocks: 'engaged' | 'released';
  bellsInService: number;
}

declare const clavier: {
  status(signal?: AbortSignal): Promise<ConsoleStatus>;
  load(notes: number[]): Promise<void>;
};

type Tables = Record<string, number>;

const transposition: Promise<Tables> = readFile(join(process.env.CARILLON_DATA ?? '/var/lib/carillon', 'transposition.json'), 'utf8').then(
  (raw) => JSON.parse(raw) as Tables,
);
// surfaced again by the first playPiece that awaits it
transposition.catch(() => {});

async function loadScore(path: string): Promise<number[]> {
  const text = await readFile(path, 'utf8');
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((n) => Number.parseInt(n, 10));
}

export async function waitForCarillonneur(timeoutMs: number): Promise<ConsoleStatus> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    while (!controller.signal.aborted) {
      const status = await clavier.status(controller.signal);
      if (status.seated && status.clapperLocks === 'released') return status;
      await sleep(500, undefined, { signal: controller.signal }).catch(() => {});
    }
    throw new Error(`carillonneur not ready after ${timeoutMs}ms`);
  } finally {
    clearTimeout(timer);
  }
}

export async function playPiece(piece: Piece, lowestBell: number): Promise<number> {
  const [notes, tables] = await Promise.all([loadScore(piece.scorePath), transposition]);
  const shift = tables[piece.key] ?? 0;
  const playable = notes.map((n) => n + shift).filter((n) => n >= lowestBell);
  await clavier.load(playable);
  return notes.length - playable.length;
}

export async function recital(programme: Piece[]): Promise<string[]> {
  const status = await waitForCarillonneur(120_000);
  const lowest = 48 + (53 - status.bellsInService);
  const log: string[] = [];
  for (const piece of programme) {
    const dropped = await playPiece(piece, lowest);
    log.push(`${piece.title} (${piece.composer})${dropped ? ` - ${dropped} notes out of range` : ''}`);
    await sleep(45_000);
  }
  return log;
}
