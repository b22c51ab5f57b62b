// expect: no-unobserved-promise
// Bug: spinLot starts the fleece fetch first and only awaits it after calibrating and threading the frame, so an early fleece rejection goes unhandled.
declare const fleeceWarehouse: {
  fetchLot(lotId: string): Promise<FleeceLot>;
};

declare const spinningFrame: {
  calibrate(frameId: string, micron: number): Promise<{ tensionCn: number }>;
  thread(frameId: string, bobbins: number): Promise<void>;
  spin(frameId: string, plan: SpinPlan): Promise<{ metres: number; breaks: number }>;
};

declare const millLedger: {
  recordRun(run: SpinRun): Promise<void>;
};

export interface FleeceLot {
  lotId: string;
  herd: string;
  micron: number;
  kg: number;
  colour: 'brown' | 'black' | 'white';
}

interface SpinPlan {
  lotId: string;
  twistsPerMetre: number;
  plies: number;
  tensionCn: number;
}

export interface SpinRun {
  lotId: string;
  frameId: string;
  metres: number;
  breaks: number;
  yarnWeight: 'lace' | 'fingering' | 'dk';
}

const DEFAULT_MICRON = 17.5;

function twistFor(micron: number, plies: number): number {
  const base = micron < 16 ? 620 : micron < 19 ? 540 : 470;
  return Math.round(base / Math.sqrt(plies));
}

function yarnWeightFor(plies: number): SpinRun['yarnWeight'] {
  if (plies <= 1) return 'lace';
  if (plies === 2) return 'fingering';
  return 'dk';
}

export async function spinLot(frameId: string, lotId: string, plies: number): Promise<SpinRun> {
  if (plies < 1 || plies > 4) {
    throw new RangeError(`unsupported ply count ${plies}`);
  }

  const lotRequest = fleeceWarehouse.fetchLot(lotId);

  // The frame takes a few minutes to calibrate and thread, so do that while the
  // warehouse pulls the fleece.
  const { tensionCn } = await spinningFrame.calibrate(frameId, DEFAULT_MICRON);
  await spinningFrame.thread(frameId, plies * 4);

  const lot = await lotRequest;
  if (lot.kg < 0.5) {
    throw new Error(`lot ${lotId} has only ${lot.kg}kg, below the frame minimum`);
  }

  const result = await spinningFrame.spin(frameId, {
    lotId,
    twistsPerMetre: twistFor(lot.micron, plies),
    plies,
    tensionCn: lot.micron > 20 ? tensionCn * 1.1 : tensionCn,
  });

  const run: SpinRun = {
    lotId,
    frameId,
    metres: result.metres,
    breaks: result.breaks,
    yarnWeight: yarnWeightFor(plies),
  };
  await millLedger.recordRun(run);
  return run;
}
