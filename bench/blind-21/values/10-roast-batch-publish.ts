// expect: none
// Every field in the published JSON comes from an awaited call, and `??` is applied to the awaited result, not the promise.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

interface RoastProfile {
  name: string;
  chargeTempC: number;
  dropTempC: number;
}

interface GreenLot {
  lotCode: string;
  origin: string;
  process: 'washed' | 'natural' | 'honey';
}

interface CurvePoint {
  seconds: number;
  beanTempC: number;
  event?: 'first-crack' | 'drop';
}

declare const roastLog: {
  profileFor(batchId: string): Promise<RoastProfile>;
  greenLotFor(batchId: string): Promise<GreenLot>;
  cuppingNotes(batchId: string): Promise<string[] | null>;
};

const WHOLESALE_API = 'https://wholesale.roastery.example/api/batches';

async function readCurve(logDir: string, batchId: string): Promise<CurvePoint[]> {
  const raw = await readFile(path.join(logDir, `${batchId}.csv`), 'utf8');
  return raw
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => {
      const [seconds, temp, event] = line.split(',');
      return {
        seconds: Number(seconds),
        beanTempC: Number(temp),
        event: (event || undefined) as CurvePoint['event'],
      };
    });
}

function developmentRatio(curve: CurvePoint[]): number | null {
  const fc = curve.find((p) => p.event === 'first-crack');
  const drop = curve.find((p) => p.event === 'drop') ?? curve.at(-1);
  if (!fc || !drop || drop.seconds === 0) return null;
  return Math.round(((drop.seconds - fc.seconds) / drop.seconds) * 1000) / 10;
}

export async function publishBatch(logDir: string, batchId: string, apiKey: string): Promise<void> {
  const [profile, lot, curve] = await Promise.all([
    roastLog.profileFor(batchId),
    roastLog.greenLotFor(batchId),
    readCurve(logDir, batchId),
  ]);
  const notes = (await roastLog.cuppingNotes(batchId)) ?? [];

  const dtr = developmentRatio(curve);
  if (dtr === null) {
    throw new Error(`batch ${batchId}: curve has no first-crack marker, not publishing`);
  }

  const res = await fetch(`${WHOLESALE_API}/${encodeURIComponent(batchId)}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
    body: JSON.stringify({
      batchId,
      profile: profile.name,
      origin: `${lot.origin} (${lot.process})`,
      lotCode: lot.lotCode,
      developmentPct: dtr,
      totalSeconds: curve.at(-1)?.seconds ?? 0,
      notes,
    }),
  });
  if (!res.ok) {
    throw new Error(`wholesale API rejected batch ${batchId}: ${res.status} ${await res.text()}`);
  }
}
