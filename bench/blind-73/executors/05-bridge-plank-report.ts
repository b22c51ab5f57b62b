// expect: no-multiple-settle
// The archive callback rejects on error but falls through to resolve(parseReport(...)) because the error branch has no return.
export type WearClass = 'sound' | 'worn' | 'split' | 'missing';

export interface PlankRecord {
  index: number;
  wear: WearClass;
  deflectionMm: number;
}

export interface PlankReport {
  bridgeId: string;
  inspectedAt: Date | null;
  planks: PlankRecord[];
}

export interface BridgeVerdict {
  bridgeId: string;
  open: boolean;
  replaceNow: number[];
  watchList: number[];
}

declare const inspectionArchive: {
  fetchReport(bridgeId: string, cb: (err: Error | null, raw?: Buffer) => void): void;
};

export class ReportUnavailableError extends Error {
  constructor(readonly bridgeId: string, cause: Error) {
    super(`inspection report for ${bridgeId} unavailable`, { cause });
    this.name = 'ReportUnavailableError';
  }
}

const WEAR_CODES: Record<string, WearClass> = { S: 'sound', W: 'worn', X: 'split', M: 'missing' };

function parseReport(bridgeId: string, text: string): PlankReport {
  const lines = text.split(/\r?\n/).filter((l) => l.trim().length > 0);
  const header = lines.shift();
  const inspectedAt = header?.startsWith('DATE ') ? new Date(header.slice(5)) : null;
  const planks: PlankRecord[] = [];
  for (const line of lines) {
    const [idx, code, defl] = line.split(/\s+/);
    const wear = WEAR_CODES[code ?? ''];
    if (!wear) continue;
    planks.push({ index: Number(idx), wear, deflectionMm: Number(defl ?? 0) });
  }
  return { bridgeId, inspectedAt, planks };
}

export function loadPlankReport(bridgeId: string): Promise<PlankReport> {
  return new Promise<PlankReport>((resolve, reject) => {
    inspectionArchive.fetchReport(bridgeId, (err, raw) => {
      if (err) {
        reject(new ReportUnavailableError(bridgeId, err));
      }
      const text = raw ? raw.toString('utf8') : '';
      resolve(parseReport(bridgeId, text));
    });
  });
}

export async function assessBridge(bridgeId: string, maxDeflectionMm = 45): Promise<BridgeVerdict> {
  const report = await loadPlankReport(bridgeId);
  const replaceNow: number[] = [];
  const watchList: number[] = [];

  for (const plank of report.planks) {
    if (plank.wear === 'missing' || plank.wear === 'split') {
      replaceNow.push(plank.index);
    } else if (plank.wear === 'worn' || plank.deflectionMm > maxDeflectionMm * 0.8) {
      watchList.push(plank.index);
    }
  }

  const adjacentGap = replaceNow.some((idx) => replaceNow.includes(idx + 1));
  const stale = report.inspectedAt === null || Date.now() - report.inspectedAt.getTime() > 90 * 86_400_000;
  return {
    bridgeId,
    open: !adjacentGap && !stale && replaceNow.length < 4,
    replaceNow,
    watchList,
  };
}
