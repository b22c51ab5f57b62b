// expect: no-multiple-settle
// The 'reading' listener resolves on every sub-threshold reading and is never removed, so the end promise resolves repeatedly.
import { EventEmitter } from 'node:events';

export interface StoneReading {
  stoneId: string;
  xCm: number;
  yCm: number;
  speedCmS: number;
  at: number;
}

export interface RestingStone {
  stoneId: string;
  team: 'red' | 'yellow';
  xCm: number;
  yCm: number;
  distanceToButtonCm: number;
}

declare const sheetTracker: EventEmitter & {
  track(stoneId: string): void;
};

declare const scoreboard: {
  recordDelivery(endNo: number, stone: RestingStone): void;
};

const REST_SPEED_CM_S = 0.5;
const HOUSE_RADIUS_CM = 183;
const STONE_RADIUS_CM = 14.5;
const BUTTON = { xCm: 0, yCm: 0 };

function distanceToButton(xCm: number, yCm: number): number {
  return Math.hypot(xCm - BUTTON.xCm, yCm - BUTTON.yCm);
}

export function waitForRest(stoneId: string, team: 'red' | 'yellow'): Promise<RestingStone> {
  return new Promise<RestingStone>((resolve, reject) => {
    sheetTracker.on('reading', (reading: StoneReading) => {
      if (reading.stoneId !== stoneId) return;
      if (reading.speedCmS <= REST_SPEED_CM_S) {
        resolve({
          stoneId,
          team,
          xCm: reading.xCm,
          yCm: reading.yCm,
          distanceToButtonCm: distanceToButton(reading.xCm, reading.yCm),
        });
      }
    });
    const onLost = (lostId: string) => {
      if (lostId !== stoneId) return;
      sheetTracker.off('tracking-lost', onLost);
      reject(new Error(`lost track of stone ${stoneId}`));
    };
    sheetTracker.on('tracking-lost', onLost);
    sheetTracker.track(stoneId);
  });
}

export function inHouse(stone: RestingStone): boolean {
  return stone.distanceToButtonCm <= HOUSE_RADIUS_CM + STONE_RADIUS_CM;
}

export function scoreEnd(stones: RestingStone[]): { team: 'red' | 'yellow' | null; points: number } {
  const counting = stones.filter(inHouse).sort((a, b) => a.distanceToButtonCm - b.distanceToButtonCm);
  if (counting.length === 0) return { team: null, points: 0 };
  const leader = counting[0].team;
  let points = 0;
  for (const stone of counting) {
    if (stone.team !== leader) break;
    points += 1;
  }
  return { team: leader, points };
}

export class EndRecorder {
  private readonly resting: RestingStone[] = [];

  constructor(private readonly endNo: number) {}

  async deliver(stoneId: string, team: 'red' | 'yellow'): Promise<RestingStone> {
    const stone = await waitForRest(stoneId, team);
    this.resting.push(stone);
    scoreboard.recordDelivery(this.endNo, stone);
    return stone;
  }

  result() {
    return scoreEnd(this.resting);
  }
}
