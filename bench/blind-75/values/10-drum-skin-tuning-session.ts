// expect: none
// lastReading and pitchHz are written in callbacks but read only after awaits that guarantee those callbacks have run.
export interface LugReading {
  lug: number;
  newtonMeters: number;
}

interface TensionGauge {
  subscribe(listener: (reading: LugReading) => void): () => void;
  settled(lug: number): Promise<void>;
}

interface LugDriver {
  turn(lug: number, quarterTurns: number): Promise<void>;
}

interface PitchTuner {
  strikeAndMeasure(): Promise<number>;
}

declare const gauge: TensionGauge;
declare const driver: LugDriver;
declare const tuner: PitchTuner;

declare const sessionLog: {
  info(message: string, fields?: Record<string, unknown>): void;
};

export interface TuningResult {
  lugs: LugReading[];
  pitchHz: number;
  turnsUsed: number;
}

async function bringLugTo(lug: number, targetNm: number, maxTurns: number): Promise<{ reading: LugReading; turns: number }> {
  let lastReading: LugReading | undefined;
  const unsubscribe = gauge.subscribe((reading) => {
    if (reading.lug === lug) lastReading = reading;
  });
  let turns = 0;
  try {
    await gauge.settled(lug);
    while (turns < maxTurns && (!lastReading || lastReading.newtonMeters < targetNm)) {
      await driver.turn(lug, 1);
      turns += 1;
      await gauge.settled(lug);
    }
  } finally {
    unsubscribe();
  }
  if (!lastReading) throw new Error(`no tension reading for lug ${lug}`);
  return { reading: lastReading, turns };
}

export async function tuneHead(lugCount: number, targetNm: number): Promise<TuningResult> {
  const order: number[] = [];
  for (let i = 0; i < lugCount; i += 2) order.push(i);
  for (let i = 1; i < lugCount; i += 2) order.push(i);

  const lugs: LugReading[] = [];
  let turnsUsed = 0;
  for (const lug of order) {
    const { reading, turns } = await bringLugTo(lug, targetNm, 12);
    lugs.push(reading);
    turnsUsed += turns;
  }

  let pitchHz = 0;
  await tuner.strikeAndMeasure().then((hz) => {
    pitchHz = hz;
  });
  sessionLog.info('head tuned', { pitchHz, turnsUsed, lugs: lugs.length });

  return { lugs: lugs.sort((a, b) => a.lug - b.lug), pitchHz, turnsUsed };
}
