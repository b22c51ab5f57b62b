// expect: none
// The awaits run before the Promise is constructed, the executor is synchronous, and the spin-up wait clears its timer and listeners on both outcomes.
import { EventEmitter } from 'node:events';
import { pipeline } from 'node:stream';
import { createReadStream, createWriteStream } from 'node:fs';
import { createGzip } from 'node:zlib';

export interface BowlBlank {
  serial: string;
  diameterMm: number;
  targetNote: string;
}

interface Lathe extends EventEmitter {
  spinUp(rpm: number): void;
  readonly id: string;
}

declare const tuningTable: { frequencyFor(note: string): Promise<number> };
declare const lathes: { reserve(diameterMm: number): Promise<Lathe> };

function rpmForDiameter(diameterMm: number): number {
  // Larger bowls are spun slower so the grinding wheel does not chatter.
  return Math.round(3600 - diameterMm * 9);
}

export async function prepareGrinding(blank: BowlBlank, spinTimeoutMs = 20_000): Promise<{ lathe: Lathe; targetHz: number }> {
  const targetHz = await tuningTable.frequencyFor(blank.targetNote);
  const lathe = await lathes.reserve(blank.diameterMm);
  const rpm = rpmForDiameter(blank.diameterMm);

  await new Promise<void>((resolve, reject) => {
    const finish = (err?: Error) => {
      clearTimeout(timer);
      lathe.off('at-speed', onSpeed);
      lathe.off('fault', onFault);
      if (err) reject(err);
      else resolve();
    };
    const onSpeed = () => finish();
    const onFault = (reason: string) => finish(new Error(`lathe ${lathe.id} fault: ${reason}`));
    const timer = setTimeout(() => finish(new Error(`lathe ${lathe.id} did not reach ${rpm}rpm`)), spinTimeoutMs);

    lathe.once('at-speed', onSpeed);
    lathe.once('fault', onFault);
    try {
      lathe.spinUp(rpm);
    } catch (err) {
      finish(err instanceof Error ? err : new Error(String(err)));
    }
  });

  return { lathe, targetHz };
}

export function archiveTuningLog(logPath: string): Promise<string> {
  const archivePath = `${logPath}.gz`;
  return new Promise<string>((resolve, reject) => {
    pipeline(createReadStream(logPath), createGzip({ level: 9 }), createWriteStream(archivePath), (err) => {
      if (err) reject(err);
      else resolve(archivePath);
    });
  });
}

export async function tuneBowls(blanks: BowlBlank[]): Promise<string[]> {
  const tuned: string[] = [];
  for (const blank of blanks) {
    const { lathe, targetHz } = await prepareGrinding(blank);
    lathe.emit('grind-to', targetHz);
    tuned.push(`${blank.serial}:${targetHz.toFixed(2)}Hz`);
  }
  return tuned;
}
