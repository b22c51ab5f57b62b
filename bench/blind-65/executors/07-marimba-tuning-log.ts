// expect: none
// The write-stream executor listens for both 'finish' and 'error'; once a stream errors it never emits 'finish'.
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export interface BarMeasurement {
  barIndex: number;
  note: string;
  targetHz: number;
  measuredHz: number;
  overtoneRatio: number;
  rosewoodLot: string;
}

export interface TuningSession {
  workshopId: string;
  instrumentSerial: string;
  tuner: string;
  startedAt: Date;
  measurements: BarMeasurement[];
}

declare const workshopClock: { now(): Date };

const CENTS_PER_OCTAVE = 1200;

export function centsOff(measuredHz: number, targetHz: number): number {
  return Math.round(CENTS_PER_OCTAVE * Math.log2(measuredHz / targetHz) * 10) / 10;
}

function formatLine(session: TuningSession, m: BarMeasurement): string {
  const record = {
    at: workshopClock.now().toISOString(),
    instrument: session.instrumentSerial,
    bar: m.barIndex,
    note: m.note,
    cents: centsOff(m.measuredHz, m.targetHz),
    overtone: Number(m.overtoneRatio.toFixed(3)),
    lot: m.rosewoodLot,
    tuner: session.tuner,
  };
  return JSON.stringify(record) + '\n';
}

function appendLines(path: string, lines: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(path, { flags: 'a', encoding: 'utf8' });
    let bytes = 0;

    out.once('error', reject);
    out.once('finish', () => resolve(bytes));

    for (const line of lines) {
      bytes += Buffer.byteLength(line);
      out.write(line);
    }
    out.end();
  });
}

export function sessionLogPath(root: string, session: TuningSession): string {
  const day = session.startedAt.toISOString().slice(0, 10);
  return join(root, session.workshopId, day, `${session.instrumentSerial}.ndjson`);
}

export async function persistSession(root: string, session: TuningSession): Promise<{ path: string; bytes: number }> {
  const path = sessionLogPath(root, session);
  await mkdir(dirname(path), { recursive: true });

  const ordered = [...session.measurements].sort((a, b) => a.barIndex - b.barIndex);
  const lines = ordered.map((m) => formatLine(session, m));
  const bytes = await appendLines(path, lines);
  return { path, bytes };
}

export function barsNeedingRetune(session: TuningSession, toleranceCents = 3): BarMeasurement[] {
  return session.measurements.filter((m) => Math.abs(centsOff(m.measuredHz, m.targetHz)) > toleranceCents);
}

export function overtoneOutliers(session: TuningSession, expectedRatio = 4, spread = 0.05): number[] {
  return session.measurements
    .filter((m) => Math.abs(m.overtoneRatio - expectedRatio) / expectedRatio > spread)
    .map((m) => m.barIndex);
}
