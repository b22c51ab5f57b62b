// expect: none
// The scoresheet executor listens for both 'finish' and 'error' on the write stream and detaches the other listener once either fires, so it settles exactly once.
import { createWriteStream } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';

export type Obstacle = 'outrun' | 'lift' | 'fetch' | 'drive' | 'shed' | 'pen';

export interface RunScore {
  handler: string;
  dog: string;
  class: 'novice' | 'open';
  deductions: Partial<Record<Obstacle, number>>;
  timeSeconds: number;
  retired: boolean;
}

const MAX_POINTS: Record<Obstacle, number> = {
  outrun: 20,
  lift: 10,
  fetch: 20,
  drive: 30,
  shed: 10,
  pen: 10,
};

export function totalPoints(score: RunScore): number {
  if (score.retired) return 0;
  let total = 0;
  for (const [obstacle, max] of Object.entries(MAX_POINTS) as Array<[Obstacle, number]>) {
    total += Math.max(0, max - (score.deductions[obstacle] ?? 0));
  }
  return total;
}

function endStream(out: WriteStream): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onFinish = () => {
      out.off('error', onError);
      resolve();
    };
    const onError = (err: Error) => {
      out.off('finish', onFinish);
      reject(err);
    };
    out.once('finish', onFinish);
    out.once('error', onError);
    out.end();
  });
}

function formatLine(place: number, score: RunScore): string {
  const pts = totalPoints(score);
  const mins = Math.floor(score.timeSeconds / 60);
  const secs = String(Math.round(score.timeSeconds % 60)).padStart(2, '0');
  const status = score.retired ? 'RT' : `${pts}`;
  return `${String(place).padStart(3)}  ${score.handler.padEnd(24)} ${score.dog.padEnd(12)} ${status.padStart(4)}  ${mins}:${secs}\n`;
}

export async function publishScoresheet(trialName: string, scores: RunScore[], destination: string): Promise<number> {
  const ranked = [...scores].sort(
    (a, b) => totalPoints(b) - totalPoints(a) || a.timeSeconds - b.timeSeconds,
  );

  const tmp = `${destination}.partial`;
  const out = createWriteStream(tmp, { encoding: 'utf8' });
  out.write(`${trialName}\n${'='.repeat(trialName.length)}\n\n`);
  ranked.forEach((score, i) => {
    out.write(formatLine(i + 1, score));
  });

  await endStream(out);
  await rename(tmp, destination);
  return ranked.length;
}
