// expect: none
// The registry lookup on the right of ?? is awaited inside the parentheses, so the label gets a string, not a promise, and the grade comparison uses the awaited value.
export interface TeaLot {
  lotId: string;
  teaCode: string;
  originOverride?: string;
  harvest: { year: number; flush?: 'first' | 'second' | 'monsoon' | 'autumn' };
  netKg: number;
  blendedFrom?: string[];
}

interface GradeInfo {
  grade: string;
  leafSize: 'whole' | 'broken' | 'fannings' | 'dust';
}

declare const originRegistry: {
  origin(teaCode: string): Promise<string>;
  grade(teaCode: string): Promise<GradeInfo>;
};

declare const labelPrinter: {
  print(zpl: string): Promise<{ jobId: string }>;
};

function flushLabel(flush: TeaLot['harvest']['flush']): string {
  switch (flush) {
    case 'first':
      return '1st flush';
    case 'second':
      return '2nd flush';
    case 'monsoon':
      return 'monsoon flush';
    case 'autumn':
      return 'autumnal';
    default:
      return '';
  }
}

function zpl(lines: string[]): string {
  const body = lines.map((line, i) => `^FO40,${40 + i * 45}^A0N,34,34^FD${line.replace(/[\^~]/g, '')}^FS`).join('\n');
  return `^XA\n${body}\n^XZ`;
}

export async function labelFor(lot: TeaLot): Promise<string[]> {
  const origin = lot.originOverride ?? (await originRegistry.origin(lot.teaCode));
  const gradeInfo = await originRegistry.grade(lot.teaCode);
  const flush = flushLabel(lot.harvest.flush);

  const lines = [
    `LOT ${lot.lotId}`,
    `${origin}${flush ? ` - ${flush}` : ''} ${lot.harvest.year}`,
    `Grade ${gradeInfo.grade} (${gradeInfo.leafSize})`,
    `Net ${lot.netKg.toFixed(1)} kg`,
  ];
  if (gradeInfo.leafSize === 'dust') {
    lines.push('FOR TEA BAGS ONLY');
  }
  if (lot.blendedFrom && lot.blendedFrom.length > 0) {
    lines.push(`Blend of ${lot.blendedFrom.length} lots`);
  }
  return lines;
}

export async function printLabels(lots: TeaLot[]): Promise<string[]> {
  const jobIds: string[] = [];
  for (const lot of lots) {
    if (lot.netKg <= 0) continue;
    const lines = await labelFor(lot);
    const { jobId } = await labelPrinter.print(zpl(lines));
    jobIds.push(jobId);
  }
  return jobIds;
}

export function totalsByYear(lots: TeaLot[]): Map<number, number> {
  const totals = new Map<number, number>();
  for (const lot of lots) {
    totals.set(lot.harvest.year, (totals.get(lot.harvest.year) ?? 0) + lot.netKg);
  }
  return totals;
}
