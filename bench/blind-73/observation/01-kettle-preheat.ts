// expect: no-unobserved-promise
// The thermostat calibration is started before the fill and level waits and only awaited afterwards, so an early calibration failure is an unhandled rejection.
export type TeaStyle = 'matcha-usucha' | 'matcha-koicha' | 'sencha' | 'gyokuro';

export interface CeremonyPlan {
  room: string;
  guests: number;
  style: TeaStyle;
}

export interface PreparedKettle {
  kettleId: string;
  waterMl: number;
  targetC: number;
  thermostatOffsetC: number;
  readyAt: Date;
}

interface Kettle {
  readonly id: string;
  calibrateThermostat(): Promise<{ offsetC: number }>;
  fill(ml: number): Promise<void>;
  waitForLevel(ml: number, timeoutMs: number): Promise<number>;
  heatTo(celsius: number): Promise<void>;
}

declare const tearoom: {
  kettleFor(room: string): Kettle;
  announce(room: string, message: string): Promise<void>;
};

const SERVING_C: Record<TeaStyle, number> = {
  'matcha-usucha': 80,
  'matcha-koicha': 75,
  sencha: 70,
  gyokuro: 55,
};

const ML_PER_GUEST: Record<TeaStyle, number> = {
  'matcha-usucha': 70,
  'matcha-koicha': 40,
  sencha: 120,
  gyokuro: 60,
};

export class KettlePreparer {
  constructor(private readonly headroomMl = 250) {}

  waterFor(plan: CeremonyPlan): number {
    const rinse = plan.style.startsWith('matcha') ? 200 : 120;
    return plan.guests * ML_PER_GUEST[plan.style] + rinse + this.headroomMl;
  }

  async prepare(plan: CeremonyPlan): Promise<PreparedKettle> {
    const kettle = tearoom.kettleFor(plan.room);
    const waterMl = this.waterFor(plan);
    const targetC = SERVING_C[plan.style];

    const calibration = kettle.calibrateThermostat();

    await kettle.fill(waterMl);
    const level = await kettle.waitForLevel(waterMl, 90_000);
    if (level < waterMl * 0.95) {
      throw new Error(`kettle ${kettle.id} only reached ${level}ml of ${waterMl}ml`);
    }

    const { offsetC } = await calibration;
    await kettle.heatTo(targetC - offsetC);

    return {
      kettleId: kettle.id,
      waterMl: level,
      targetC,
      thermostatOffsetC: offsetC,
      readyAt: new Date(),
    };
  }
}

export async function openCeremony(plan: CeremonyPlan): Promise<PreparedKettle> {
  const preparer = new KettlePreparer();
  const prepared = await preparer.prepare(plan);
  await tearoom.announce(
    plan.room,
    `Kettle ready at ${prepared.targetC}°C for ${plan.guests} guests (${plan.style})`,
  );
  return prepared;
}
