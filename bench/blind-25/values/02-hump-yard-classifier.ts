// expect: none
// Correct: lastCut and routed are assigned in the 'cut' listener but only read after awaiting the 'drained' event, by which time every cut has been reported.
import { EventEmitter, once } from 'node:events';

export interface CutEvent {
  cutId: string;
  carCount: number;
  classificationTrack: number;
  speedMph: number;
}

export interface HumpSummary {
  trainId: string;
  cuts: number;
  cars: number;
  lastTrack: number | null;
  overspeed: string[];
}

const MAX_COUPLING_SPEED_MPH = 4;

export class RetarderController extends EventEmitter {
  async startHumping(trainId: string, cuts: CutEvent[]): Promise<void> {
    for (const cut of cuts) {
      await new Promise((r) => setTimeout(r, 25));
      this.emit('cut', cut);
    }
    this.emit('drained', trainId);
  }
}

export async function humpTrain(
  controller: RetarderController,
  trainId: string,
  plannedCuts: CutEvent[],
  signal?: AbortSignal,
): Promise<HumpSummary> {
  let lastCut: CutEvent | undefined;
  let routed = 0;
  let cars = 0;
  const overspeed: string[] = [];

  const onCut = (cut: CutEvent) => {
    lastCut = cut;
    routed += 1;
    cars += cut.carCount;
    if (cut.speedMph > MAX_COUPLING_SPEED_MPH) {
      overspeed.push(cut.cutId);
    }
  };

  controller.on('cut', onCut);
  try {
    const drained = once(controller, 'drained', { signal });
    void controller.startHumping(trainId, plannedCuts);
    await drained;
  } finally {
    controller.off('cut', onCut);
  }

  if (routed !== plannedCuts.length) {
    throw new Error(`Train ${trainId}: expected ${plannedCuts.length} cuts, saw ${routed}`);
  }

  return {
    trainId,
    cuts: routed,
    cars,
    lastTrack: lastCut ? lastCut.classificationTrack : null,
    overspeed,
  };
}
