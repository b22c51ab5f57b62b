// expect: no-multiple-settle
// writeSchedule() waits only for the write stream's 'finish'; if opening or writing the file fails the stream emits 'error' and the promise never settles.
import { createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';

export interface SluiceWindow {
  terrace: string;
  gate: number;
  opensAt: Date;
  closesAt: Date;
  flowLps: number;
}

declare const irrigationStore: {
  windowsFor(day: string): Promise<SluiceWindow[]>;
  markPublished(day: string, path: string, bytes: number): Promise<void>;
};

declare const gateControllerDir: string;

const MAX_FLOW_LPS = 120;

function validate(windows: SluiceWindow[]): string[] {
  const problems: string[] = [];
  const byGate = new Map<string, SluiceWindow[]>();
  for (const w of windows) {
    if (w.closesAt <= w.opensAt) problems.push(`${w.terrace}/${w.gate}: closes before it opens`);
    if (w.flowLps <= 0 || w.flowLps > MAX_FLOW_LPS) problems.push(`${w.terrace}/${w.gate}: flow ${w.flowLps} L/s`);
    const key = `${w.terrace}/${w.gate}`;
    byGate.set(key, [...(byGate.get(key) ?? []), w]);
  }
  for (const [key, list] of byGate) {
    list.sort((a, b) => a.opensAt.getTime() - b.opensAt.getTime());
    for (let i = 1; i < list.length; i++) {
      if (list[i].opensAt < list[i - 1].closesAt) problems.push(`${key}: overlapping windows`);
    }
  }
  return problems;
}

function toLine(w: SluiceWindow): string {
  const hhmm = (d: Date) => d.toISOString().slice(11, 16);
  return `${w.terrace}\t${w.gate}\t${hhmm(w.opensAt)}\t${hhmm(w.closesAt)}\t${w.flowLps.toFixed(1)}\n`;
}

function writeSchedule(path: string, windows: SluiceWindow[]): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const problems = validate(windows);
    if (problems.length > 0) {
      reject(new Error(`refusing to publish schedule:\n  ${problems.join('\n  ')}`));
      return;
    }
    const out = createWriteStream(path, { flags: 'w', encoding: 'utf8' });
    let bytes = 0;
    const header = `# terrace\tgate\topen\tclose\tflow_lps\n`;
    out.write(header);
    bytes += Buffer.byteLength(header);
    for (const w of windows) {
      const line = toLine(w);
      bytes += Buffer.byteLength(line);
      out.write(line);
    }
    out.end();
    out.once('finish', () => resolve(bytes));
  });
}

export async function publishDay(day: string): Promise<{ path: string; bytes: number }> {
  const windows = await irrigationStore.windowsFor(day);
  windows.sort(
    (a, b) => a.terrace.localeCompare(b.terrace) || a.gate - b.gate || a.opensAt.getTime() - b.opensAt.getTime(),
  );
  const finalPath = `${gateControllerDir}/sluices-${day}.tsv`;
  const tmpPath = `${finalPath}.partial`;

  const bytes = await writeSchedule(tmpPath, windows);
  // Controllers poll the directory; only expose the file once it is complete.
  await rename(tmpPath, finalPath);
  await irrigationStore.markPublished(day, finalPath, bytes);
  return { path: finalPath, bytes };
}
