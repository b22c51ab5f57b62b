// expect: none
// Each erg log download is started inside the loop and awaited before the next one begins, so no promise is ever left pending without a handler.
export interface ErgDevice {
  serial: string;
  clubId: string;
  bay: number;
}

export interface PieceLog {
  athleteId: string;
  distanceM: number;
  timeMs: number;
  avgWatts: number;
  dragFactor: number;
}

export interface ErgLink {
  downloadLog(serial: string): Promise<PieceLog[]>;
  clearLog(serial: string): Promise<void>;
}

export interface LeagueStore {
  savePieces(clubId: string, pieces: PieceLog[]): Promise<number>;
}

export interface ImportResult {
  clubId: string;
  ergs: number;
  piecesImported: number;
  rejectedForDrag: number;
}

const DRAG_RANGE = { min: 95, max: 145 };

function split500(piece: PieceLog): number {
  return piece.timeMs / (piece.distanceM / 500);
}

export class ErgLogImporter {
  constructor(
    private readonly link: ErgLink,
    private readonly store: LeagueStore,
  ) {}

  async importClub(clubId: string, ergs: ErgDevice[]): Promise<ImportResult> {
    const accepted: PieceLog[] = [];
    let rejectedForDrag = 0;

    for (const erg of ergs.filter((e) => e.clubId === clubId)) {
      const pieces = await this.link.downloadLog(erg.serial);
      for (const piece of pieces) {
        if (piece.dragFactor < DRAG_RANGE.min || piece.dragFactor > DRAG_RANGE.max) {
          rejectedForDrag += 1;
        } else {
          accepted.push(piece);
        }
      }
      await this.link.clearLog(erg.serial);
    }

    const piecesImported = accepted.length === 0 ? 0 : await this.store.savePieces(clubId, accepted);
    return { clubId, ergs: ergs.length, piecesImported, rejectedForDrag };
  }

  fastestSplit(pieces: PieceLog[]): PieceLog | undefined {
    return [...pieces].sort((a, b) => split500(a) - split500(b))[0];
  }
}
