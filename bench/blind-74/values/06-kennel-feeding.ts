// expect: none
// lastWeighIn is written in a .then callback and read only after that same chain is awaited; dailyTotal is filled by a synchronous forEach before it is read.
export interface SledDog {
  id: string;
  name: string;
  targetWeightKg: number;
  workload: 'rest' | 'training' | 'racing';
}

export interface Ration {
  dogId: string;
  kibbleG: number;
  meatG: number;
  fatG: number;
  note?: string;
}

declare const kennelScale: {
  weigh(dogId: string): Promise<number>;
};

declare const weightHistory: {
  record(dogId: string, kg: number): Promise<void>;
  previous(dogId: string): Promise<number | undefined>;
};

declare const feedRoom: {
  post(rations: Ration[]): Promise<void>;
};

const KCAL_PER_KG: Record<SledDog['workload'], number> = { rest: 60, training: 140, racing: 260 };

function rationFor(dog: SledDog, weightKg: number): Ration {
  const kcal = dog.targetWeightKg * KCAL_PER_KG[dog.workload];
  // Underweight dogs get extra fat; overweight dogs lose kibble first.
  const delta = weightKg - dog.targetWeightKg;
  const fatG = Math.max(0, Math.round(kcal * 0.35 / 9 - delta * 20));
  const meatG = Math.round(kcal * 0.3 / 1.5);
  const kibbleG = Math.max(0, Math.round(kcal * 0.35 / 3.8 - Math.max(0, delta) * 30));
  return { dogId: dog.id, kibbleG, meatG, fatG };
}

export class FeedingRound {
  async rationForDog(dog: SledDog): Promise<Ration> {
    let lastWeighIn: number | undefined;
    const weighed = kennelScale.weigh(dog.id).then(async (kg) => {
      lastWeighIn = kg;
      await weightHistory.record(dog.id, kg);
      return kg;
    });
    const previous = weightHistory.previous(dog.id);

    const [kg, before] = await Promise.all([weighed, previous]);
    const ration = rationFor(dog, kg);
    if (before !== undefined && lastWeighIn !== undefined && before - lastWeighIn > 1.5) {
      ration.note = `${dog.name} lost ${(before - lastWeighIn).toFixed(1)} kg since last weigh-in`;
    }
    return ration;
  }

  async run(dogs: SledDog[]): Promise<{ rations: Ration[]; dailyTotalG: number }> {
    const rations: Ration[] = [];
    for (const dog of dogs) {
      rations.push(await this.rationForDog(dog));
    }

    let dailyTotal = 0;
    rations.forEach((r) => {
      dailyTotal += r.kibbleG + r.meatG + r.fatG;
    });

    await feedRoom.post(rations);
    return { rations, dailyTotalG: dailyTotal };
  }
}
