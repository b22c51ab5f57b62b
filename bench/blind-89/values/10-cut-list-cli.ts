// expect: no-read-before-settle
// rl.question's callback runs only after the user answers, but `confirmed` is read on the next line, so the cut is always cancelled.
import { createInterface } from 'node:readline';
import { readFile } from 'node:fs/promises';

interface Panel {
  id: string;
  lengthMm: number;
  widthMm: number;
}

interface CutList {
  sailId: string;
  roll: string;
  cloth: string;
  panels: Panel[];
}

declare const plotterQueue: { enqueue(sailId: string, roll: string, panels: Panel[]): Promise<string> };

function summarise(list: CutList): { metres: number; panels: number } {
  // Panels are nested two-up across the roll when they fit inside the 1370mm width.
  let runMm = 0;
  const sorted = [...list.panels].sort((a, b) => b.lengthMm - a.lengthMm);
  for (let i = 0; i < sorted.length; i++) {
    const next = sorted[i + 1];
    if (next && sorted[i].widthMm + next.widthMm <= 1370) {
      runMm += Math.max(sorted[i].lengthMm, next.lengthMm);
      i++;
    } else {
      runMm += sorted[i].lengthMm;
    }
  }
  return { metres: Math.ceil(runMm / 100) / 10, panels: list.panels.length };
}

export async function main(argv = process.argv.slice(2)): Promise<number> {
  const [file, ...flags] = argv;
  if (!file) {
    console.error('usage: cut-list <list.json> [--yes]');
    return 2;
  }

  const list = JSON.parse(await readFile(file, 'utf8')) as CutList;
  const { metres, panels } = summarise(list);
  console.log(`${list.sailId}: ${panels} panels of ${list.cloth}, ${metres} m from roll ${list.roll}`);

  let confirmed = flags.includes('--yes');
  if (!confirmed) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    rl.question('Send to plotter? [y/N] ', (answer) => {
      confirmed = answer.trim().toLowerCase() === 'y';
      rl.close();
    });
  }

  if (!confirmed) {
    console.log('cancelled, nothing sent');
    return 1;
  }

  const jobId = await plotterQueue.enqueue(list.sailId, list.roll, list.panels);
  console.log(`queued as ${jobId}`);
  return 0;
}
