// expect: none
// Correct: the executor listens for both readline 'close' and input 'error', and a shared cleanup makes sure only one of them settles.
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

declare function openScalePort(mewsId: string): Readable;

declare const weightJournal: {
  append(mewsId: string, entries: BirdWeight[]): Promise<void>;
};

export interface BirdWeight {
  ringId: string;
  grams: number;
  takenAt: Date;
}

export interface ScaleSession {
  weights: BirdWeight[];
  rejectedLines: number;
}

const LINE_PATTERN = /^W\s+(?<ring>[A-Z0-9-]+)\s+(?<grams>\d+(?:\.\d+)?)g\s+(?<ts>\d+)$/;

function parseLine(line: string): BirdWeight | undefined {
  const match = LINE_PATTERN.exec(line.trim());
  if (!match?.groups) return undefined;
  const grams = Number(match.groups.grams);
  if (!Number.isFinite(grams) || grams <= 0) return undefined;
  return {
    ringId: match.groups.ring,
    grams,
    takenAt: new Date(Number(match.groups.ts) * 1000),
  };
}

export function readScaleSession(input: Readable): Promise<ScaleSession> {
  return new Promise<ScaleSession>((resolve, reject) => {
    const rl = createInterface({ input, crlfDelay: Infinity });
    const weights: BirdWeight[] = [];
    let rejectedLines = 0;

    const onLine = (line: string): void => {
      if (line.length === 0 || line.startsWith('#')) return;
      const parsed = parseLine(line);
      if (parsed) weights.push(parsed);
      else rejectedLines += 1;
    };

    const cleanup = (): void => {
      rl.off('line', onLine);
      rl.off('close', onClose);
      input.off('error', onError);
    };

    function onClose(): void {
      cleanup();
      resolve({ weights, rejectedLines });
    }

    function onError(err: Error): void {
      cleanup();
      rl.close();
      reject(new Error(`scale port failed after ${weights.length} readings`, { cause: err }));
    }

    rl.on('line', onLine);
    rl.once('close', onClose);
    input.once('error', onError);
  });
}

export async function logMorningWeights(mewsId: string): Promise<ScaleSession> {
  const session = await readScaleSession(openScalePort(mewsId));
  if (session.weights.length > 0) {
    const latestByBird = new Map<string, BirdWeight>();
    for (const w of session.weights) {
      const prev = latestByBird.get(w.ringId);
      if (!prev || prev.takenAt < w.takenAt) latestByBird.set(w.ringId, w);
    }
    await weightJournal.append(mewsId, [...latestByBird.values()]);
  }
  return session;
}
