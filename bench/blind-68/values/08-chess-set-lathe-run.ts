// expect: none
// Correct: the 'piece' listener updates counters, but they are only read after awaiting the 'batch-complete' event, by which time every piece event has fired.
import { EventEmitter, once } from 'node:events';

export interface TurnedPieceEvent {
  serial: string;
  kind: 'king' | 'queen' | 'bishop' | 'rook' | 'pawn';
  heightMm: number;
  rejected: boolean;
}

export interface CncLathe extends EventEmitter {
  readonly id: string;
  load(program: string, blanks: number): void;
  cycleStart(): void;
}

export interface LatheRunReport {
  latheId: string;
  turned: number;
  rejected: number;
  lastSerial: string | undefined;
  heightSpreadMm: number;
}

declare const programLibrary: {
  get(kind: TurnedPieceEvent['kind'], kingHeightMm: number): Promise<string>;
};

declare const qcStation: {
  log(report: LatheRunReport): Promise<void>;
};

export async function runLathe(
  lathe: CncLathe,
  kind: TurnedPieceEvent['kind'],
  blanks: number,
  kingHeightMm: number,
): Promise<LatheRunReport> {
  const program = await programLibrary.get(kind, kingHeightMm);

  let turned = 0;
  let rejected = 0;
  let lastSerial: string | undefined;
  let minH = Infinity;
  let maxH = -Infinity;

  const onPiece = (p: TurnedPieceEvent) => {
    turned += 1;
    lastSerial = p.serial;
    if (p.rejected) {
      rejected += 1;
      return;
    }
    minH = Math.min(minH, p.heightMm);
    maxH = Math.max(maxH, p.heightMm);
  };

  lathe.on('piece', onPiece);
  try {
    lathe.load(program, blanks);
    const done = once(lathe, 'batch-complete');
    lathe.cycleStart();
    await done;
  } finally {
    lathe.off('piece', onPiece);
  }

  const report: LatheRunReport = {
    latheId: lathe.id,
    turned,
    rejected,
    lastSerial,
    heightSpreadMm: turned > rejected ? Math.round((maxH - minH) * 100) / 100 : 0,
  };
  await qcStation.log(report);
  return report;
}

export function acceptable(report: LatheRunReport): boolean {
  // Pieces of one kind must match within 0.3 mm or the set looks uneven on the board.
  return report.rejected / Math.max(1, report.turned) < 0.05 && report.heightSpreadMm <= 0.3;
}
