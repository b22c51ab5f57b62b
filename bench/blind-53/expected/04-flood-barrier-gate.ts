// expect: none
// runInStages and runLimited take task functions, so passing sealGate-style thunks and the bound checkSeals method uncalled is what they expect.
export type GateId = `gate-${number}`;

export interface GateState {
  id: GateId;
  positionPct: number;
  sealPressureKpa: number;
  motorFault: boolean;
}

declare const plc: {
  readGate(id: GateId): Promise<GateState>;
  drive(id: GateId, positionPct: number): Promise<void>;
  inflateSeal(id: GateId): Promise<void>;
};

declare const warningSirens: {
  sound(sector: string): Promise<void>;
};

declare const incidentLog: {
  append(entry: { at: string; message: string }): Promise<void>;
};

type Task<T> = () => Promise<T>;

async function runLimited<T>(tasks: Task<T>[], concurrency: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, tasks.length) }, worker));
  return results;
}

async function runInStages(stages: Task<unknown>[][]): Promise<void> {
  for (const stage of stages) {
    await Promise.all(stage.map((task) => task()));
  }
}

export class BarrierController {
  constructor(private readonly gates: GateId[], private readonly sector: string) {}

  private async closeGate(id: GateId): Promise<GateState> {
    const state = await plc.readGate(id);
    if (state.motorFault) {
      throw new Error(`${id} motor fault, dispatch crew for manual winding`);
    }
    if (state.positionPct < 100) await plc.drive(id, 100);
    return plc.readGate(id);
  }

  private async checkSeals(): Promise<void> {
    // the PLC runs these sequentially anyway, so limit to two in flight
    const states = await runLimited(
      this.gates.map((id) => () => plc.readGate(id)),
      2,
    );
    const soft = states.filter((s) => s.sealPressureKpa < 180);
    await runLimited(
      soft.map((s) => () => plc.inflateSeal(s.id)),
      2,
    );
  }

  private async announce(): Promise<void> {
    await warningSirens.sound(this.sector);
    await incidentLog.append({ at: new Date().toISOString(), message: `closing ${this.sector} barrier` });
  }

  async closeAll(): Promise<GateState[]> {
    const closed: GateState[] = [];
    await runInStages([
      [() => this.announce()],
      this.gates.map((id) => async () => {
        closed.push(await this.closeGate(id));
      }),
      [this.checkSeals.bind(this)],
    ]);
    return closed;
  }
}

export async function closeSectorForSurge(sector: string, gates: GateId[], surgeCm: number): Promise<number> {
  if (surgeCm < 60) return 0;
  const controller = new BarrierController(gates, sector);
  const closed = await controller.closeAll();
  return closed.filter((g) => g.positionPct >= 100).length;
}
