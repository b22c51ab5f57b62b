// expect: none
// The wall and piece requests are started together and immediately joined with Promise.all, so a rejection from either is observed.
export interface WallSpec {
  id: string;
  widthCm: number;
  heightCm: number;
  railHeightCm: number;
}

export interface OrigamiPiece {
  id: string;
  title: string;
  folder: string;
  widthCm: number;
  heightCm: number;
  wall: string;
  fragile: boolean;
}

export interface GalleryApi {
  getWalls(room: string): Promise<WallSpec[]>;
  getPieces(room: string): Promise<OrigamiPiece[]>;
}

export interface Placement {
  pieceId: string;
  wallId: string;
  xCm: number;
  wireDropCm: number;
}

const GAP_CM = 40;
const EYE_LINE_CM = 150;

export async function planRoom(api: GalleryApi, room: string): Promise<Placement[]> {
  const wallsRequest = api.getWalls(room);
  const piecesRequest = api.getPieces(room);
  const [walls, pieces] = await Promise.all([wallsRequest, piecesRequest]);

  const placements: Placement[] = [];
  for (const wall of walls) {
    const onWall = pieces.filter((p) => p.wall === wall.id);
    const totalWidth = onWall.reduce((sum, p) => sum + p.widthCm, 0) + GAP_CM * Math.max(onWall.length - 1, 0);
    if (totalWidth > wall.widthCm) {
      throw new Error(`wall ${wall.id} is ${wall.widthCm}cm wide but needs ${totalWidth}cm`);
    }
    let x = (wall.widthCm - totalWidth) / 2;
    for (const piece of onWall) {
      const centreHeight = Math.min(EYE_LINE_CM, wall.heightCm - piece.heightCm / 2);
      const wireDropCm = wall.railHeightCm - (centreHeight + piece.heightCm / 2);
      placements.push({ pieceId: piece.id, wallId: wall.id, xCm: Math.round(x), wireDropCm: Math.round(wireDropCm) });
      x += piece.widthCm + GAP_CM;
    }
  }
  return placements;
}

export function fragileFirst(pieces: OrigamiPiece[], placements: Placement[]): Placement[] {
  const fragile = new Set(pieces.filter((p) => p.fragile).map((p) => p.id));
  return [...placements].sort((a, b) => Number(fragile.has(b.pieceId)) - Number(fragile.has(a.pieceId)));
}
