// expect: no-multiple-settle
// The scan resolves only when a slack-water line is found and rejects only on a read error; if the log ends with no matching line readline just closes and the promise never settles.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface TideRecord {
  at: Date;
  heightM: number;
  currentKts: number;
}

export interface SlackWindow {
  lease: string;
  startsAt: Date;
  heightM: number;
}

const SLACK_CURRENT_KTS = 0.25;

export function parseTideLine(line: string): TideRecord | null {
  const [iso, height, current] = line.split(',');
  if (!iso || height === undefined || current === undefined) return null;
  const at = new Date(iso);
  const heightM = Number.parseFloat(height);
  const currentKts = Number.parseFloat(current);
  if (Number.isNaN(at.getTime()) || Number.isNaN(heightM) || Number.isNaN(currentKts)) return null;
  return { at, heightM, currentKts };
}

export function nextSlackAfter(logPath: string, lease: string, after: Date): Promise<SlackWindow> {
  return new Promise((resolve, reject) => {
    const input = createReadStream(logPath, { encoding: 'utf8' });
    const rl = createInterface({ input, crlfDelay: Infinity });
    let found = false;

    rl.on('line', (line) => {
      if (found) return;
      const record = parseTideLine(line);
      if (!record || record.at <= after) return;
      if (Math.abs(record.currentKts) <= SLACK_CURRENT_KTS) {
        found = true;
        rl.close();
        input.destroy();
        resolve({ lease, startsAt: record.at, heightM: record.heightM });
      }
    });

    input.on('error', (err) => {
      if (found) return;
      found = true;
      rl.close();
      reject(err);
    });
  });
}

export async function harvestCrewBriefing(logPath: string, leases: string[], from: Date): Promise<string[]> {
  const lines: string[] = [];
  for (const lease of leases) {
    const slack = await nextSlackAfter(logPath, lease, from);
    const time = slack.startsAt.toISOString().slice(11, 16);
    lines.push(`${lease}: slack water at ${time} UTC, ${slack.heightM.toFixed(2)} m on the gauge`);
  }
  return lines;
}
