// expect: no-floating-promises
// endShift tags cut blocks with blocks.forEach(async ...), so the tagging promises are dropped and endShift reports before (or despite failures in) the yard writes.
export interface CutBlock {
  blockId: string;
  sawId: string;
  lengthCm: number;
  widthCm: number;
  heightCm: number;
  grade: 'statuario' | 'calacatta' | 'carrara' | 'bardiglio';
  veinDefects: number;
}

export interface ShiftReport {
  shiftId: string;
  blocks: number;
  cubicMetres: number;
  wireWearMm: number;
}

declare const wireSaws: {
  retract(sawId: string): Promise<void>;
  wireWear(sawId: string): Promise<number>;
  coolantOff(sawId: string): Promise<void>;
};

declare const blockYard: {
  tag(block: CutBlock, lot: string): Promise<void>;
};

declare const shiftLog: {
  close(report: ShiftReport): Promise<void>;
};

const DENSITY_T_PER_M3 = 2.71;

function volumeM3(b: CutBlock): number {
  return (b.lengthCm * b.widthCm * b.heightCm) / 1_000_000;
}

function lotFor(b: CutBlock, shiftId: string): string {
  // heavily veined statuario is sold as the lower grade
  const grade = b.grade === 'statuario' && b.veinDefects > 3 ? 'calacatta' : b.grade;
  return `${shiftId}-${grade}-${Math.round(volumeM3(b) * DENSITY_T_PER_M3)}t`;
}

export async function endShift(shiftId: string, blocks: CutBlock[]): Promise<ShiftReport> {
  const sawIds = [...new Set(blocks.map((b) => b.sawId))];

  for (const sawId of sawIds) {
    await wireSaws.retract(sawId);
    await wireSaws.coolantOff(sawId);
  }

  blocks.forEach(async (block) => {
    const lot = lotFor(block, shiftId);
    await blockYard.tag(block, lot);
  });

  const wear = await Promise.all(sawIds.map((id) => wireSaws.wireWear(id)));
  const report: ShiftReport = {
    shiftId,
    blocks: blocks.length,
    cubicMetres: Math.round(blocks.reduce((s, b) => s + volumeM3(b), 0) * 100) / 100,
    wireWearMm: wear.reduce((a, b) => Math.max(a, b), 0),
  };
  await shiftLog.close(report);
  return report;
}

export function oversized(blocks: CutBlock[], maxTonnes: number): CutBlock[] {
  return blocks.filter((b) => volumeM3(b) * DENSITY_T_PER_M3 > maxTonnes);
}
