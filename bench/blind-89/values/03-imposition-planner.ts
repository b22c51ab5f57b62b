// expect: no-read-before-settle
// pageCount is assigned inside .then() on the PDF probe but read synchronously on the next line, so the plan is always computed for 0 pages.
import { basename } from 'node:path';

export interface BindingJob {
  jobNo: string;
  pdfPath: string;
  sheet: 'A2' | 'SRA2' | 'B2';
  pagesPerSignature: 8 | 16 | 32;
  copies: number;
  sewn: boolean;
}

export interface ImpositionPlan {
  jobNo: string;
  source: string;
  pages: number;
  signatures: number;
  blankPages: number;
  sheetsToPrint: number;
  spineMm: number;
}

declare const pdfProbe: {
  info(path: string): Promise<{ pages: number; trimMm: [number, number]; paperGsm: number }>;
};

const CALIPER_MM_PER_LEAF: Record<number, number> = { 80: 0.1, 100: 0.12, 120: 0.15 };

export function planImposition(job: BindingJob, paperGsm = 100): ImpositionPlan {
  let pageCount = 0;
  pdfProbe.info(job.pdfPath).then((info) => {
    pageCount = info.pages;
  });

  const signatures = Math.ceil(pageCount / job.pagesPerSignature);
  const blankPages = signatures * job.pagesPerSignature - pageCount;
  // Two signatures share one press sheet for 16pp on SRA2; everything else is one per sheet.
  const perSheet = job.sheet === 'SRA2' && job.pagesPerSignature === 16 ? 2 : 1;
  const sheetsToPrint = Math.ceil(signatures / perSheet) * job.copies;
  const caliper = CALIPER_MM_PER_LEAF[paperGsm] ?? 0.12;
  const spineMm = Math.round(((signatures * job.pagesPerSignature) / 2) * caliper * 10) / 10 + (job.sewn ? 1.5 : 0);

  return {
    jobNo: job.jobNo,
    source: basename(job.pdfPath),
    pages: pageCount,
    signatures,
    blankPages,
    sheetsToPrint,
    spineMm,
  };
}

export function warnings(plan: ImpositionPlan): string[] {
  const out: string[] = [];
  if (plan.blankPages > 4) {
    out.push(`${plan.jobNo}: ${plan.blankPages} blank pages; consider a smaller final signature`);
  }
  if (plan.spineMm > 60) {
    out.push(`${plan.jobNo}: ${plan.spineMm}mm spine is too thick for a rounded back`);
  }
  if (plan.pages === 0) {
    out.push(`${plan.jobNo}: source PDF reported no pages`);
  }
  return out;
}

export function planBatch(jobs: BindingJob[]): Array<ImpositionPlan & { warnings: string[] }> {
  return jobs.map((job) => {
    const plan = planImposition(job);
    return { ...plan, warnings: warnings(plan) };
  });
}
