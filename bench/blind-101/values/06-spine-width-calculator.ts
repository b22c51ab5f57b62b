// expect: no-read-before-settle
// pageCount is assigned inside the inspector's Node-style callback, which runs after the PDF is parsed, but spineMm is computed from it right away, so every case is cut for a 0-page book and the covers come back with a spine only as wide as the boards.
export interface PdfInfo {
  pages: number;
  trimWidthMm: number;
  trimHeightMm: number;
}

export interface PdfInspector {
  inspect(path: string, cb: (err: Error | null, info?: PdfInfo) => void): void;
}

export interface Paper {
  name: string;
  caliperMm: number;
}

export interface CaseSpec {
  orderId: string;
  boardWidthMm: number;
  boardHeightMm: number;
  spineMm: number;
  clothWidthMm: number;
}

const BOARD_MM = 2.5;
const SQUARE_MM = 3;
const TURN_IN_MM = 15;
const HINGE_GAP_MM = 7;

export class CaseMaker {
  private readonly warnings: string[] = [];

  constructor(
    private readonly inspector: PdfInspector,
    private readonly paper: Paper,
  ) {}

  specFor(orderId: string, pdfPath: string, trim: { widthMm: number; heightMm: number }): CaseSpec {
    let pageCount = 0;
    this.inspector.inspect(pdfPath, (err, info) => {
      if (err || !info) {
        this.warnings.push(`${orderId}: could not read ${pdfPath}: ${err?.message ?? 'no info'}`);
        return;
      }
      pageCount = info.pages;
    });

    const leaves = Math.ceil(pageCount / 2);
    const spineMm = Math.round((leaves * this.paper.caliperMm + 2 * BOARD_MM) * 10) / 10;
    const boardWidthMm = trim.widthMm + SQUARE_MM - HINGE_GAP_MM / 2;
    const boardHeightMm = trim.heightMm + 2 * SQUARE_MM;

    return {
      orderId,
      boardWidthMm,
      boardHeightMm,
      spineMm,
      clothWidthMm: 2 * boardWidthMm + spineMm + 2 * HINGE_GAP_MM + 2 * TURN_IN_MM,
    };
  }

  drainWarnings(): string[] {
    return this.warnings.splice(0);
  }
}

export function cuttingList(specs: CaseSpec[]): string {
  return specs
    .map(
      (s) =>
        `${s.orderId}\tboards ${s.boardWidthMm}x${s.boardHeightMm}mm x2\tspine ${s.spineMm}mm\tcloth ${s.clothWidthMm}x${s.boardHeightMm + 2 * TURN_IN_MM}mm`,
    )
    .join('\n');
}
