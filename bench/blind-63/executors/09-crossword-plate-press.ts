// expect: no-multiple-settle
// The async executor awaits plateStore.fetch() before wiring any settle path; if that fetch rejects the returned promise never settles.
import { EventEmitter } from 'node:events';

export interface PuzzleEdition {
  editionId: string;
  grid: string[];
  clues: { across: string[]; down: string[] };
  publishDate: string;
}

interface PressJob {
  jobId: string;
  plateRef: string;
  copies: number;
}

declare const plateStore: {
  fetch(editionId: string): Promise<{ plateRef: string; checksum: string }>;
};

declare const pressRoom: EventEmitter & {
  enqueue(job: PressJob): void;
};

declare const circulation: {
  copiesFor(publishDate: string): Promise<number>;
};

let jobCounter = 0;

function validateGrid(edition: PuzzleEdition): void {
  const size = edition.grid.length;
  if (size === 0 || edition.grid.some((row) => row.length !== size)) {
    throw new Error(`edition ${edition.editionId} grid is not square`);
  }
  const whiteCells = edition.grid.join('').replace(/#/g, '').length;
  if (whiteCells === 0) {
    throw new Error(`edition ${edition.editionId} grid is empty`);
  }
}

function printRun(edition: PuzzleEdition, copies: number): Promise<string> {
  return new Promise<string>(async (resolve, reject) => {
    const plate = await plateStore.fetch(edition.editionId);
    const jobId = `xw-${edition.publishDate}-${++jobCounter}`;

    const onDone = (id: string, sheets: number) => {
      if (id !== jobId) return;
      pressRoom.off('done', onDone);
      pressRoom.off('jam', onJam);
      resolve(`${jobId}:${sheets}`);
    };
    const onJam = (id: string, reason: string) => {
      if (id !== jobId) return;
      pressRoom.off('done', onDone);
      pressRoom.off('jam', onJam);
      reject(new Error(`press jam on ${jobId}: ${reason}`));
    };
    pressRoom.on('done', onDone);
    pressRoom.on('jam', onJam);

    pressRoom.enqueue({ jobId, plateRef: `${plate.plateRef}#${plate.checksum}`, copies });
  });
}

export async function printEdition(edition: PuzzleEdition): Promise<string> {
  validateGrid(edition);
  if (edition.clues.across.length === 0 || edition.clues.down.length === 0) {
    throw new Error(`edition ${edition.editionId} is missing clues`);
  }
  const copies = await circulation.copiesFor(edition.publishDate);
  if (copies <= 0) {
    throw new Error(`no circulation booked for ${edition.publishDate}`);
  }
  return printRun(edition, copies);
}
