// expect: no-read-before-settle
// pageCount is assigned inside the execFile callback but used synchronously right after the call, so the sheet count is always computed from zero pages.
import { execFile } from 'node:child_process';

export interface ImpositionPlan {
  pdfPath: string;
  pages: number;
  cardsPerSheet: number;
  sheets: number;
  duplex: boolean;
  wastePercent: number;
}

export interface PressSheet {
  widthMm: number;
  heightMm: number;
}

export interface CardSize {
  widthMm: number;
  heightMm: number;
  bleedMm: number;
}

export const TAROT_CARD: CardSize = { widthMm: 70, heightMm: 120, bleedMm: 3 };
export const SRA3: PressSheet = { widthMm: 320, heightMm: 450 };

function parsePages(pdfinfo: string): number {
  const match = /^Pages:\s+(\d+)/m.exec(pdfinfo);
  return match ? Number(match[1]) : 0;
}

export function cardsPerSheet(sheet: PressSheet, card: CardSize): number {
  const w = card.widthMm + card.bleedMm * 2;
  const h = card.heightMm + card.bleedMm * 2;
  const upright = Math.floor(sheet.widthMm / w) * Math.floor(sheet.heightMm / h);
  const rotated = Math.floor(sheet.widthMm / h) * Math.floor(sheet.heightMm / w);
  return Math.max(upright, rotated);
}

export class ImpositionPlanner {
  constructor(
    private readonly sheet: PressSheet = SRA3,
    private readonly card: CardSize = TAROT_CARD,
  ) {}

  plan(pdfPath: string, duplex = true): ImpositionPlan {
    let pageCount = 0;
    execFile('pdfinfo', [pdfPath], (err, stdout) => {
      if (err) return;
      pageCount = parsePages(stdout);
    });

    const perSheet = cardsPerSheet(this.sheet, this.card);
    const faces = duplex ? Math.ceil(pageCount / 2) : pageCount;
    const sheets = Math.ceil(faces / perSheet);
    const slots = sheets * perSheet;
    const wastePercent = slots === 0 ? 0 : Math.round(((slots - faces) / slots) * 1000) / 10;

    return { pdfPath, pages: pageCount, cardsPerSheet: perSheet, sheets, duplex, wastePercent };
  }

  describe(plan: ImpositionPlan): string {
    return (
      `${plan.pages} pages → ${plan.sheets} SRA3 sheet(s) at ${plan.cardsPerSheet}-up` +
      `${plan.duplex ? ', duplex' : ''}, ${plan.wastePercent}% blank slots`
    );
  }
}
