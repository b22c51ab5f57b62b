// expect: no-unobserved-promise
// auditCellar starts listCasks early but attaches nothing to it until after the lock and ledger awaits, so a cellar API failure in that window is an unhandled rejection.
export interface Cask {
  caskId: string;
  batch: string;
  style: 'traditional' | 'melomel' | 'metheglin' | 'braggot';
  litres: number;
  abv: number;
  lastDippedAt: string;
}

export interface AuditLine {
  caskId: string;
  expectedLitres: number;
  measuredLitres: number;
  angelsShareLitres: number;
  flagged: boolean;
}

export interface CellarAudit {
  hallId: string;
  auditedAt: string;
  lines: AuditLine[];
  dutyLitresOfAlcohol: number;
}

interface LedgerLock {
  release(): Promise<void>;
}

declare const cellarApi: {
  listCasks(hallId: string): Promise<Cask[]>;
};
declare const ledger: {
  acquireLock(key: string, ttlMs: number): Promise<LedgerLock>;
  lastAudit(hallId: string): Promise<CellarAudit | undefined>;
  saveAudit(audit: CellarAudit): Promise<void>;
};

const EVAPORATION_TOLERANCE = 0.03;

function expectedVolume(cask: Cask, previous: CellarAudit | undefined): number {
  const line = previous?.lines.find((l) => l.caskId === cask.caskId);
  return line ? line.measuredLitres : cask.litres;
}

function auditLine(cask: Cask, previous: CellarAudit | undefined): AuditLine {
  const expectedLitres = expectedVolume(cask, previous);
  const angelsShareLitres = Math.max(expectedLitres - cask.litres, 0);
  return {
    caskId: cask.caskId,
    expectedLitres,
    measuredLitres: cask.litres,
    angelsShareLitres: Math.round(angelsShareLitres * 100) / 100,
    flagged: expectedLitres > 0 && angelsShareLitres / expectedLitres > EVAPORATION_TOLERANCE,
  };
}

export async function auditCellar(hallId: string): Promise<CellarAudit> {
  const casksRequest = cellarApi.listCasks(hallId);
  const lock = await ledger.acquireLock(`cellar-audit:${hallId}`, 60_000);
  try {
    const previous = await ledger.lastAudit(hallId);
    const casks = await casksRequest;

    const lines = casks
      .slice()
      .sort((a, b) => a.caskId.localeCompare(b.caskId))
      .map((cask) => auditLine(cask, previous));
    const dutyLitresOfAlcohol = casks.reduce((sum, cask) => sum + (cask.litres * cask.abv) / 100, 0);

    const audit: CellarAudit = {
      hallId,
      auditedAt: new Date().toISOString(),
      lines,
      dutyLitresOfAlcohol: Math.round(dutyLitresOfAlcohol * 10) / 10,
    };
    await ledger.saveAudit(audit);
    return audit;
  } finally {
    await lock.release();
  }
}

export function flaggedCasks(audit: CellarAudit): string[] {
  return audit.lines.filter((line) => line.flagged).map((line) => line.caskId);
}
