// expect: none
// The node-style callback result is only read inside the callback, which the promise wrapper resolves from, and the caller awaits that promise before using the board thickness.
import { readFile } from 'node:fs';

export interface BoardSpec {
  name: string;
  thicknessMm: number;
  grain: 'long' | 'short';
}

export interface CaseJob {
  title: string;
  textBlockMm: { height: number; width: number; spine: number };
  board: string;
}

export interface CaseCut {
  title: string;
  boardHeightMm: number;
  boardWidthMm: number;
  spineStripMm: number;
  joint: number;
}

const SPEC_FILE = process.env.BOARD_SPECS ?? '/srv/bindery/boards.json';

function loadBoardSpecs(file: string): Promise<BoardSpec[]> {
  return new Promise<BoardSpec[]>((resolve, reject) => {
    readFile(file, 'utf8', (err, text) => {
      if (err) {
        reject(err);
        return;
      }
      let specs: BoardSpec[];
      try {
        specs = JSON.parse(text) as BoardSpec[];
      } catch (parseErr) {
        reject(parseErr);
        return;
      }
      resolve(specs);
    });
  });
}

export async function planCaseCuts(jobs: CaseJob[], specFile = SPEC_FILE): Promise<CaseCut[]> {
  const specs = await loadBoardSpecs(specFile);
  const byName = new Map(specs.map((s) => [s.name, s]));
  return jobs.map((job) => {
    const board = byName.get(job.board);
    if (!board) {
      throw new Error(`${job.title}: unknown board ${job.board}`);
    }
    if (board.grain !== 'long') {
      throw new Error(`${job.title}: ${board.name} grain must run parallel to the spine`);
    }
    const squares = 3;
    const joint = board.thicknessMm * 2 + 1;
    return {
      title: job.title,
      boardHeightMm: job.textBlockMm.height + squares * 2,
      boardWidthMm: job.textBlockMm.width - joint / 2 + squares,
      spineStripMm: job.textBlockMm.spine + board.thicknessMm * 2,
      joint,
    };
  });
}
