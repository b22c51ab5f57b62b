// expect: none
// The step list deliberately holds functions for the runner to call, and every Promise.all entry is an actual call.
export interface ProofingRecipe {
  doughId: string;
  targetTempC: number;
  targetHumidity: number;
  proofMinutes: number;
}

export interface RoomReading {
  roomId: string;
  tempC: number;
  humidity: number;
}

type Step = () => Promise<void>;

declare const recipeBook: { load(doughId: string): Promise<ProofingRecipe> };
declare const roomSensors: { read(roomId: string): Promise<RoomReading> };
declare const roomHvac: {
  setTemperature(roomId: string, celsius: number): Promise<void>;
  setHumidity(roomId: string, percent: number): Promise<void>;
  purge(roomId: string): Promise<void>;
};
declare const bakeryLog: { info(msg: string): void };

async function runSteps(label: string, steps: Step[]): Promise<void> {
  for (const [index, step] of steps.entries()) {
    bakeryLog.info(`${label}: step ${index + 1}/${steps.length}`);
    await step();
  }
}

export class ProofingRoom {
  private recipe?: ProofingRecipe;

  constructor(readonly roomId: string) {}

  private readonly purge: Step = () => roomHvac.purge(this.roomId);

  private readonly heat: Step = async () => {
    if (!this.recipe) throw new Error(`No recipe loaded for ${this.roomId}`);
    await roomHvac.setTemperature(this.roomId, this.recipe.targetTempC);
  };

  private readonly humidify: Step = async () => {
    if (!this.recipe) throw new Error(`No recipe loaded for ${this.roomId}`);
    await roomHvac.setHumidity(this.roomId, this.recipe.targetHumidity);
  };

  async prepare(doughId: string): Promise<RoomReading> {
    const [recipe, reading] = await Promise.all([recipeBook.load(doughId), roomSensors.read(this.roomId)]);
    this.recipe = recipe;

    const steps: Step[] = [];
    if (Math.abs(reading.humidity - recipe.targetHumidity) > 15) steps.push(this.purge);
    steps.push(this.heat, this.humidify);
    await runSteps(`${this.roomId}/${doughId}`, steps);

    return roomSensors.read(this.roomId);
  }

  isWithinTolerance(reading: RoomReading): boolean {
    if (!this.recipe) return false;
    return (
      Math.abs(reading.tempC - this.recipe.targetTempC) <= 1 &&
      Math.abs(reading.humidity - this.recipe.targetHumidity) <= 5
    );
  }

  proofEndsAt(start: Date): Date {
    if (!this.recipe) throw new Error(`No recipe loaded for ${this.roomId}`);
    return new Date(start.getTime() + this.recipe.proofMinutes * 60_000);
  }
}

export async function prepareRooms(assignments: Array<{ room: ProofingRoom; doughId: string }>) {
  const readings = await Promise.all(assignments.map(({ room, doughId }) => room.prepare(doughId)));
  return assignments.map(({ room }, i) => ({
    roomId: room.roomId,
    ready: room.isWithinTolerance(readings[i]),
    reading: readings[i],
  }));
}
