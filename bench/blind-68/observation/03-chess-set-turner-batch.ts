// expect: no-floating-promises
// Bug: queueBatch uses pieces.forEach(async ...), so the lathe jobs' promises are dropped and the function returns before any piece is turned.
export type PieceKind = 'king' | 'queen' | 'bishop' | 'knight' | 'rook' | 'pawn';

export interface TurnedPiece {
  kind: PieceKind;
  colour: 'light' | 'dark';
  serial: string;
  heightMm: number;
}

export interface SetOrder {
  orderId: string;
  wood: { light: 'boxwood' | 'maple'; dark: 'ebony' | 'rosewood' | 'walnut' };
  kingHeightMm: number;
}

declare const lathe: {
  turn(profile: string, blankWood: string, heightMm: number): Promise<{ serial: string; heightMm: number }>;
};

declare const finishing: {
  weight(serial: string, grams: number): Promise<void>;
  felt(serial: string): Promise<void>;
};

declare const workshopLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
};

// Staunton proportions relative to king height.
const PROPORTION: Record<PieceKind, number> = {
  king: 1,
  queen: 0.87,
  bishop: 0.74,
  knight: 0.62,
  rook: 0.56,
  pawn: 0.52,
};

const COUNT_PER_SIDE: Record<PieceKind, number> = {
  king: 1,
  queen: 1,
  bishop: 2,
  knight: 2,
  rook: 2,
  pawn: 8,
};

function ballastGrams(kind: PieceKind): number {
  return kind === 'pawn' ? 12 : kind === 'king' || kind === 'queen' ? 28 : 20;
}

export class TurningBatch {
  readonly finished: TurnedPiece[] = [];

  constructor(private readonly order: SetOrder) {}

  pieces(): { kind: PieceKind; colour: 'light' | 'dark' }[] {
    const list: { kind: PieceKind; colour: 'light' | 'dark' }[] = [];
    for (const colour of ['light', 'dark'] as const) {
      for (const kind of Object.keys(COUNT_PER_SIDE) as PieceKind[]) {
        for (let i = 0; i < COUNT_PER_SIDE[kind]; i++) list.push({ kind, colour });
      }
    }
    return list;
  }

  async queueBatch(): Promise<number> {
    const pieces = this.pieces().filter((p) => p.kind !== 'knight'); // knights are hand-carved
    pieces.forEach(async ({ kind, colour }) => {
      const wood = this.order.wood[colour];
      const height = Math.round(this.order.kingHeightMm * PROPORTION[kind]);
      const { serial, heightMm } = await lathe.turn(`staunton-${kind}`, wood, height);
      await finishing.weight(serial, ballastGrams(kind));
      await finishing.felt(serial);
      this.finished.push({ kind, colour, serial, heightMm });
    });
    workshopLog.info('batch queued', { orderId: this.order.orderId, pieces: pieces.length });
    return pieces.length;
  }

  summary(): string {
    const light = this.finished.filter((p) => p.colour === 'light').length;
    const dark = this.finished.length - light;
    return `${this.order.orderId}: ${light} light / ${dark} dark pieces turned`;
  }
}
