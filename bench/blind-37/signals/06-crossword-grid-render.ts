// expect: none
// The race's timer is cleared in finally and the losing render is aborted via its controller, so nothing outlives the race.
export interface GridCell {
  row: number;
  col: number;
  block: boolean;
  number?: number;
}

export interface PuzzleGrid {
  id: string;
  size: 13 | 15 | 21;
  cells: GridCell[];
}

interface RenderOptions {
  format: 'pdf' | 'svg';
  dpi: number;
  signal: AbortSignal;
}

declare const renderer: {
  render(grid: PuzzleGrid, options: RenderOptions): Promise<Uint8Array>;
};
declare function storeProof(puzzleId: string, format: string, bytes: Uint8Array): Promise<string>;

const RENDER_TIMEOUT_MS = 20_000;

export class RenderTimeoutError extends Error {}

function checkSymmetry(grid: PuzzleGrid): void {
  const blocks = new Set(grid.cells.filter((c) => c.block).map((c) => `${c.row},${c.col}`));
  for (const key of blocks) {
    const [r, c] = key.split(',').map(Number);
    const mirror = `${grid.size - 1 - r},${grid.size - 1 - c}`;
    if (!blocks.has(mirror)) {
      throw new Error(`grid ${grid.id} is not rotationally symmetric at (${r},${c})`);
    }
  }
}

async function renderWithDeadline(grid: PuzzleGrid, format: RenderOptions['format']): Promise<Uint8Array> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RenderTimeoutError(`render of ${grid.id} exceeded ${RENDER_TIMEOUT_MS}ms`)), RENDER_TIMEOUT_MS);
  });

  try {
    return await Promise.race([
      renderer.render(grid, { format, dpi: format === 'pdf' ? 1200 : 96, signal: controller.signal }),
      deadline,
    ]);
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

export async function produceProofs(grid: PuzzleGrid): Promise<Record<'pdf' | 'svg', string>> {
  checkSymmetry(grid);
  const pdf = await renderWithDeadline(grid, 'pdf');
  const svg = await renderWithDeadline(grid, 'svg');
  return {
    pdf: await storeProof(grid.id, 'pdf', pdf),
    svg: await storeProof(grid.id, 'svg', svg),
  };
}

export function numberCells(grid: PuzzleGrid): PuzzleGrid {
  const at = (r: number, c: number) => grid.cells.find((x) => x.row === r && x.col === c);
  let n = 0;
  const cells = grid.cells.map((cell) => {
    if (cell.block) return { ...cell, number: undefined };
    const left = at(cell.row, cell.col - 1);
    const up = at(cell.row - 1, cell.col);
    const right = at(cell.row, cell.col + 1);
    const down = at(cell.row + 1, cell.col);
    const startsAcross = (!left || left.block) && !!right && !right.block;
    const startsDown = (!up || up.block) && !!down && !down.block;
    return startsAcross || startsDown ? { ...cell, number: ++n } : { ...cell, number: undefined };
  });
  return { ...grid, cells };
}
