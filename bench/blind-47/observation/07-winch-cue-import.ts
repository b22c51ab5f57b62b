// expect: no-floating-promises
// cueStore.append returns a promise but is called as a bare statement inside the import loop, so failed writes are dropped.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface FlyCue {
  cueNo: string;
  winchId: string;
  targetMm: number;
  speedMmS: number;
  waitForGo: boolean;
}

export interface ImportResult {
  imported: number;
  skipped: number;
  warnings: string[];
}

declare const cueStore: {
  clear(showId: string): Promise<void>;
  append(showId: string, cue: FlyCue): Promise<void>;
  count(showId: string): Promise<number>;
};

declare const winchRegistry: {
  maxSpeedMmS(winchId: string): number | undefined;
  travelMm(winchId: string): number | undefined;
};

function parseCue(line: string): FlyCue | null {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.startsWith('#')) {
    return null;
  }
  const [cueNo, winchId, target, speed, go] = trimmed.split(',').map((s) => s.trim());
  if (!cueNo || !winchId || Number.isNaN(Number(target)) || Number.isNaN(Number(speed))) {
    return null;
  }
  return {
    cueNo,
    winchId,
    targetMm: Number(target),
    speedMmS: Number(speed),
    waitForGo: go?.toUpperCase() === 'GO',
  };
}

export async function importCueSheet(showId: string, csvPath: string): Promise<ImportResult> {
  const result: ImportResult = { imported: 0, skipped: 0, warnings: [] };
  await cueStore.clear(showId);

  const rl = createInterface({ input: createReadStream(csvPath, 'utf8'), crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of rl) {
    lineNo += 1;
    const cue = parseCue(line);
    if (!cue) {
      result.skipped += 1;
      continue;
    }
    const travel = winchRegistry.travelMm(cue.winchId);
    const maxSpeed = winchRegistry.maxSpeedMmS(cue.winchId);
    if (travel === undefined || maxSpeed === undefined) {
      result.warnings.push(`line ${lineNo}: unknown winch ${cue.winchId}`);
      result.skipped += 1;
      continue;
    }
    if (cue.targetMm < 0 || cue.targetMm > travel) {
      result.warnings.push(`line ${lineNo}: cue ${cue.cueNo} target ${cue.targetMm}mm outside travel`);
      result.skipped += 1;
      continue;
    }
    if (cue.speedMmS > maxSpeed) {
      result.warnings.push(`line ${lineNo}: cue ${cue.cueNo} speed clamped to ${maxSpeed}mm/s`);
      cue.speedMmS = maxSpeed;
    }
    cueStore.append(showId, cue);
    result.imported += 1;
  }

  const stored = await cueStore.count(showId);
  if (stored < result.imported) {
    result.warnings.push(`store reports ${stored} cues, expected ${result.imported}`);
  }
  return result;
}
