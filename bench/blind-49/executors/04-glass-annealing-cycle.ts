// expect: no-multiple-settle
// The executor is async: if loading the annealing profile rejects before the listeners are set up, the returned promise never settles.
import { EventEmitter } from 'node:events';

export type GlassType = 'soda-lime' | 'borosilicate' | 'lead-crystal';

export interface AnnealProfile {
  glassType: GlassType;
  soakC: number;
  soakMinutes: number;
  coolRateCPerHour: number;
  releaseC: number;
}

export interface AnnealResult {
  pieceId: string;
  furnaceId: string;
  startedAt: Date;
  finishedAt: Date;
  peakC: number;
}

export interface Piece {
  id: string;
  glassType: GlassType;
  wallThicknessMm: number;
}

interface FurnaceEvents {
  temperature: [celsius: number];
  fault: [code: string];
  'door-open': [];
}

declare const profiles: {
  load(glassType: GlassType): Promise<AnnealProfile>;
};

declare function openFurnace(id: string): EventEmitter<FurnaceEvents> & {
  id: string;
  program(steps: Array<{ targetC: number; rateCPerHour: number; holdMinutes: number }>): void;
  abort(): void;
};

function scaledForThickness(profile: AnnealProfile, thicknessMm: number): AnnealProfile {
  const factor = Math.max(1, thicknessMm / 6);
  return {
    ...profile,
    soakMinutes: Math.ceil(profile.soakMinutes * factor * factor),
    coolRateCPerHour: profile.coolRateCPerHour / factor,
  };
}

export function annealPiece(piece: Piece, furnaceId: string): Promise<AnnealResult> {
  return new Promise<AnnealResult>(async (resolve, reject) => {
    const base = await profiles.load(piece.glassType);
    const profile = scaledForThickness(base, piece.wallThicknessMm);
    const furnace = openFurnace(furnaceId);
    const startedAt = new Date();
    let peakC = 0;
    let cooling = false;

    const cleanup = () => {
      furnace.off('temperature', onTemperature);
      furnace.off('fault', onFault);
      furnace.off('door-open', onDoorOpen);
    };
    const onTemperature = (celsius: number) => {
      peakC = Math.max(peakC, celsius);
      if (celsius >= profile.soakC - 2) cooling = true;
      if (cooling && celsius <= profile.releaseC) {
        cleanup();
        resolve({ pieceId: piece.id, furnaceId, startedAt, finishedAt: new Date(), peakC });
      }
    };
    const onFault = (code: string) => {
      cleanup();
      furnace.abort();
      reject(new Error(`furnace ${furnaceId} fault ${code} while annealing ${piece.id}`));
    };
    const onDoorOpen = () => {
      cleanup();
      furnace.abort();
      reject(new Error(`furnace ${furnaceId} door opened during annealing of ${piece.id}`));
    };

    furnace.on('temperature', onTemperature);
    furnace.on('fault', onFault);
    furnace.on('door-open', onDoorOpen);
    furnace.program([
      { targetC: profile.soakC, rateCPerHour: 300, holdMinutes: profile.soakMinutes },
      { targetC: profile.releaseC, rateCPerHour: profile.coolRateCPerHour, holdMinutes: 0 },
    ]);
  });
}

export async function annealBatch(pieces: Piece[], furnaceId: string): Promise<AnnealResult[]> {
  const results: AnnealResult[] = [];
  for (const piece of pieces) {
    results.push(await annealPiece(piece, furnaceId));
  }
  return results;
}
