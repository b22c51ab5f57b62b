// expect: no-floating-promises
// pages.forEach(async ...) drops every inking promise, so lockForme() runs before the pages are inked and ink failures go unhandled.
export interface Sort {
  glyph: string;
  pointSize: number;
  font: string;
}

export interface PageForme {
  pageNo: number;
  lines: Sort[][];
  leadingPt: number;
}

export interface ChaseReport {
  jobId: string;
  pages: number;
  missingSorts: string[];
  inkedAt: Date;
}

declare const typeCase: {
  has(glyph: string, font: string, pointSize: number): boolean;
  reserve(glyph: string, font: string, pointSize: number, count: number): Promise<void>;
};

declare const press: {
  ink(pageNo: number, coverage: number): Promise<void>;
  lockForme(jobId: string, pages: number[]): Promise<void>;
  pull(jobId: string, copies: number): Promise<number>;
};

const INK_PER_SORT = 0.0009;

function inkCoverage(page: PageForme): number {
  let sorts = 0;
  for (const line of page.lines) {
    sorts += line.filter((s) => s.glyph.trim() !== '').length;
  }
  return Math.min(1, sorts * INK_PER_SORT);
}

function countSorts(pages: readonly PageForme[]): Map<string, { sort: Sort; count: number }> {
  const counts = new Map<string, { sort: Sort; count: number }>();
  for (const page of pages) {
    for (const line of page.lines) {
      for (const sort of line) {
        const key = `${sort.font}/${sort.pointSize}/${sort.glyph}`;
        const entry = counts.get(key);
        if (entry) {
          entry.count++;
        } else {
          counts.set(key, { sort, count: 1 });
        }
      }
    }
  }
  return counts;
}

export async function prepareChase(jobId: string, pages: readonly PageForme[]): Promise<ChaseReport> {
  const missingSorts: string[] = [];
  for (const [key, { sort, count }] of countSorts(pages)) {
    if (!typeCase.has(sort.glyph, sort.font, sort.pointSize)) {
      missingSorts.push(key);
      continue;
    }
    await typeCase.reserve(sort.glyph, sort.font, sort.pointSize, count);
  }
  if (missingSorts.length > 0) {
    return { jobId, pages: pages.length, missingSorts, inkedAt: new Date(0) };
  }

  pages.forEach(async (page) => {
    const coverage = inkCoverage(page);
    await press.ink(page.pageNo, coverage);
  });

  await press.lockForme(jobId, pages.map((p) => p.pageNo));
  return { jobId, pages: pages.length, missingSorts, inkedAt: new Date() };
}

export async function printJob(jobId: string, pages: readonly PageForme[], copies: number): Promise<number> {
  const report = await prepareChase(jobId, pages);
  if (report.missingSorts.length > 0) {
    throw new Error(`job ${jobId} missing sorts: ${report.missingSorts.slice(0, 5).join(', ')}`);
  }
  return press.pull(jobId, copies);
}
