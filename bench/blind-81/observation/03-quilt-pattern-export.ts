// expect: no-floating-promises
// exportCircle renders blocks with blocks.forEach(async ...), whose promises nobody awaits, so the archive is finalised before the blocks are added and render failures go unhandled.
export interface QuiltBlock {
  blockId: string;
  row: number;
  col: number;
  pattern: 'log-cabin' | 'flying-geese' | 'nine-patch' | 'drunkards-path';
  fabrics: string[];
  maker: string;
}

export interface ExportResult {
  circleId: string;
  archivePath: string;
  blocks: number;
  makers: string[];
}

interface PatternArchive {
  add(name: string, contents: string): void;
  finalize(): Promise<{ path: string; bytes: number }>;
}

declare const blockStore: {
  blocksFor(circleId: string): Promise<QuiltBlock[]>;
};
declare const renderer: {
  render(block: QuiltBlock, options: { seamAllowanceMm: number; scale: number }): Promise<string>;
};
declare const archives: {
  create(name: string): PatternArchive;
};

const SEAM_ALLOWANCE_MM = 6;

function layoutProblems(blocks: readonly QuiltBlock[]): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const block of blocks) {
    const cell = `${block.row},${block.col}`;
    if (seen.has(cell)) problems.push(`two blocks claim row ${block.row} column ${block.col}`);
    seen.add(cell);
    if (block.fabrics.length === 0) problems.push(`block ${block.blockId} lists no fabrics`);
  }
  return problems;
}

function cuttingList(blocks: readonly QuiltBlock[]): string {
  const counts = new Map<string, number>();
  for (const block of blocks) {
    for (const fabric of block.fabrics) counts.set(fabric, (counts.get(fabric) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([fabric, pieces]) => `${fabric}\t${pieces}`)
    .join('\n');
}

export class QuiltExporter {
  constructor(private readonly scale = 1) {}

  async exportCircle(circleId: string): Promise<ExportResult> {
    const blocks = await blockStore.blocksFor(circleId);
    const problems = layoutProblems(blocks);
    if (problems.length > 0) {
      throw new Error(`circle ${circleId} layout is inconsistent: ${problems.join('; ')}`);
    }

    const archive = archives.create(`${circleId}-patterns.zip`);
    archive.add('cutting-list.tsv', cuttingList(blocks));
    blocks.forEach(async (block) => {
      const svg = await renderer.render(block, { seamAllowanceMm: SEAM_ALLOWANCE_MM, scale: this.scale });
      archive.add(`r${block.row}-c${block.col}-${block.pattern}.svg`, svg);
    });

    const { path } = await archive.finalize();
    return {
      circleId,
      archivePath: path,
      blocks: blocks.length,
      makers: [...new Set(blocks.map((b) => b.maker))].sort(),
    };
  }
}
