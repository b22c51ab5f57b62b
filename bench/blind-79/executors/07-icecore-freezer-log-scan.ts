// expect: none
// Correct: the readline scan settles once via a guard, resolving null on 'close' and rejecting on input stream 'error'.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

interface ExcursionRecord {
  freezerId: string;
  at: Date;
  tempC: number;
  durationS: number;
}

const LINE_RE = /^(\S+)\s+(\S+)\s+EXCURSION\s+temp=(-?\d+(?:\.\d+)?)\s+dur=(\d+)$/;

function parseExcursion(line: string): ExcursionRecord | null {
  const m = LINE_RE.exec(line);
  if (!m) return null;
  return {
    at: new Date(m[1]),
    freezerId: m[2],
    tempC: Number(m[3]),
    durationS: Number(m[4]),
  };
}

export function findFirstExcursion(
  logPath: string,
  freezerId: string,
  thresholdC: number,
): Promise<ExcursionRecord | null> {
  return new Promise<ExcursionRecord | null>((resolve, reject) => {
    const input = createReadStream(logPath, { encoding: 'utf8' });
    const rl = createInterface({ input, crlfDelay: Infinity });
    let settled = false;

    const finish = (result: ExcursionRecord | null, err?: Error) => {
      if (settled) return;
      settled = true;
      rl.close();
      input.destroy();
      if (err) reject(err);
      else resolve(result);
    };

    rl.on('line', (line) => {
      const rec = parseExcursion(line);
      if (rec && rec.freezerId === freezerId && rec.tempC > thresholdC) {
        finish(rec);
      }
    });
    rl.once('close', () => finish(null));
    input.once('error', (err) => finish(null, err));
  });
}

export async function auditArchive(
  logPath: string,
  freezers: readonly { id: string; storesCoresFrom: string[] }[],
  thresholdC = -30,
): Promise<string[]> {
  const findings: string[] = [];
  for (const freezer of freezers) {
    const first = await findFirstExcursion(logPath, freezer.id, thresholdC);
    if (!first) continue;
    const minutes = Math.round(first.durationS / 60);
    findings.push(
      `${freezer.id}: excursion to ${first.tempC}°C for ${minutes} min at ${first.at.toISOString()}; ` +
        `re-check cores ${freezer.storesCoresFrom.join(', ')}`,
    );
  }
  return findings;
}
