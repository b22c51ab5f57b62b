// expect: no-leaked-race
// playWithinSlot() races each phrase against a timers/promises sleep that is never cancelled, so every phrase that finishes in time leaves its slot timer running.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Phrase {
  bars: string[]; // e.g. "C5 E5 G5 C6" per bar, struck left to right
  tempoBpm: number;
}

export interface RecitalPiece {
  title: string;
  phrases: Phrase[];
  slotSeconds: number;
}

export interface RecitalReport {
  played: string[];
  cutShort: string[];
  totalMs: number;
}

declare const keyboard: {
  play(phrase: Phrase): Promise<void>;
  dampAll(): Promise<void>;
};

declare const towerAnnouncer: {
  show(text: string): Promise<void>;
};

class SlotOverrun extends Error {
  constructor(readonly title: string, readonly slotMs: number) {
    super(`"${title}" overran its ${slotMs / 1000} s slot`);
    this.name = 'SlotOverrun';
  }
}

function phraseDurationMs(phrase: Phrase): number {
  // Four beats to the bar; a fermata adds half a bar.
  const beatMs = 60_000 / phrase.tempoBpm;
  return phrase.bars.reduce((ms, bar) => ms + (bar.includes('^') ? 6 : 4) * beatMs, 0);
}

async function playWithinSlot(piece: RecitalPiece, phrase: Phrase, remainingMs: number): Promise<void> {
  await Promise.race([
    keyboard.play(phrase),
    sleep(remainingMs).then(() => {
      throw new SlotOverrun(piece.title, piece.slotSeconds * 1000);
    }),
  ]);
}

export async function performRecital(pieces: RecitalPiece[]): Promise<RecitalReport> {
  const started = Date.now();
  const report: RecitalReport = { played: [], cutShort: [], totalMs: 0 };

  for (const piece of pieces) {
    await towerAnnouncer.show(`Now playing: ${piece.title}`);
    const slotEnds = Date.now() + piece.slotSeconds * 1000;
    let cut = false;

    for (const phrase of piece.phrases) {
      const remainingMs = slotEnds - Date.now();
      if (remainingMs < phraseDurationMs(phrase) * 0.5) {
        cut = true;
        break;
      }
      try {
        await playWithinSlot(piece, phrase, remainingMs);
      } catch (err) {
        if (!(err instanceof SlotOverrun)) throw err;
        cut = true;
        break;
      }
    }

    if (cut) {
      await keyboard.dampAll();
      report.cutShort.push(piece.title);
    } else {
      report.played.push(piece.title);
    }
  }

  report.totalMs = Date.now() - started;
  return report;
}

export function estimateProgrammeMs(pieces: RecitalPiece[]): number {
  return pieces.reduce(
    (ms, p) => ms + Math.min(p.slotSeconds * 1000, p.phrases.reduce((s, ph) => s + phraseDurationMs(ph), 0)),
    0,
  );
}
