// expect: none
// The lehr reservation gets a no-op rejection handler at once and is awaited later, and the metric push is ended with .catch.
export interface GlassPiece {
  pieceId: string;
  artist: string;
  wallThicknessMm: number;
  massGrams: number;
  colorCodes: string[];
}

export interface LehrSlot {
  lehrId: string;
  shelf: number;
  releaseAt: number;
}

declare const lehrBooking: {
  reserve(request: { pieceId: string; soakMinutes: number; coolMinutes: number }): Promise<LehrSlot>;
  cancel(lehrId: string, shelf: number): Promise<void>;
};
declare const colorCatalog: { expansionCoefficient(code: string): Promise<number> };
declare const studioMetrics: { push(name: string, value: number, tags: Record<string, string>): Promise<void> };
declare const studioLog: { warn(msg: string, err?: unknown): void };

const BASE_SOAK_MINUTES = 60;

export function annealMinutes(piece: GlassPiece): { soakMinutes: number; coolMinutes: number } {
  const thickness = Math.max(piece.wallThicknessMm, 3);
  const soakMinutes = Math.round(BASE_SOAK_MINUTES * (thickness / 6) ** 2);
  const coolMinutes = Math.round(soakMinutes * 2.5 + piece.massGrams / 100);
  return { soakMinutes, coolMinutes };
}

export async function checkCompatibility(piece: GlassPiece, tolerance = 0.5): Promise<void> {
  const coefficients = await Promise.all(piece.colorCodes.map((c) => colorCatalog.expansionCoefficient(c)));
  if (coefficients.length < 2) return;
  const spread = Math.max(...coefficients) - Math.min(...coefficients);
  if (spread > tolerance) {
    throw new Error(`Piece ${piece.pieceId} mixes colors with COE spread ${spread.toFixed(2)}; it will crack`);
  }
}

export async function scheduleAnneal(piece: GlassPiece): Promise<LehrSlot> {
  const minutes = annealMinutes(piece);
  const reservation = lehrBooking.reserve({ pieceId: piece.pieceId, ...minutes });
  reservation.catch(() => {});

  try {
    await checkCompatibility(piece);
  } catch (err) {
    const held = await reservation.catch(() => undefined);
    if (held) await lehrBooking.cancel(held.lehrId, held.shelf);
    throw err;
  }

  const slot = await reservation;
  studioMetrics
    .push('anneal.scheduled_minutes', minutes.soakMinutes + minutes.coolMinutes, { lehr: slot.lehrId, artist: piece.artist })
    .catch((err) => studioLog.warn('metric push failed', err));
  return slot;
}

export async function scheduleBatch(pieces: GlassPiece[]): Promise<{ slots: LehrSlot[]; rejected: string[] }> {
  const slots: LehrSlot[] = [];
  const rejected: string[] = [];
  for (const piece of pieces) {
    try {
      slots.push(await scheduleAnneal(piece));
    } catch (err) {
      studioLog.warn(`piece ${piece.pieceId} not scheduled`, err);
      rejected.push(piece.pieceId);
    }
  }
  return { slots, rejected };
}

export function lehrLoad(slots: LehrSlot[]): Map<string, number> {
  const load = new Map<string, number>();
  for (const slot of slots) load.set(slot.lehrId, (load.get(slot.lehrId) ?? 0) + 1);
  return load;
}
