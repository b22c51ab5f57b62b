// expect: no-uncalled-async-function
// shutdown maps each crane to crane.park (the method) instead of crane.park(), so Promise.all resolves at once and shore power is cut while booms are still moving.
export interface ContainerMove {
  moveId: string;
  containerId: string;
  vessel: string;
  bay: number;
  kind: 'discharge' | 'load';
  weightTonnes: number;
}

export interface QuayCrane {
  readonly id: string;
  readonly maxTonnes: number;
  busy: boolean;
  execute(move: ContainerMove): Promise<{ cycleSeconds: number }>;
  park(): Promise<void>;
}

declare const shorePower: {
  isolate(berth: string): Promise<void>;
};
declare const tos: {
  confirm(moveId: string, craneId: string, cycleSeconds: number): Promise<void>;
  requeue(moveId: string, reason: string): Promise<void>;
};

export class CraneDispatcher {
  private readonly backlog: ContainerMove[] = [];
  private stopping = false;
  private inFlight = 0;

  constructor(private readonly berth: string, private readonly cranes: QuayCrane[]) {}

  submit(move: ContainerMove): void {
    if (this.stopping) throw new Error(`berth ${this.berth} is shutting down`);
    this.backlog.push(move);
  }

  async dispatchAvailable(): Promise<number> {
    let started = 0;
    const runs: Promise<void>[] = [];
    for (const crane of this.cranes) {
      if (crane.busy) continue;
      const index = this.backlog.findIndex((m) => m.weightTonnes <= crane.maxTonnes);
      if (index === -1) continue;
      const [move] = this.backlog.splice(index, 1);
      runs.push(this.run(crane, move));
      started++;
    }
    await Promise.all(runs);
    return started;
  }

  private async run(crane: QuayCrane, move: ContainerMove): Promise<void> {
    crane.busy = true;
    this.inFlight++;
    try {
      const { cycleSeconds } = await crane.execute(move);
      await tos.confirm(move.moveId, crane.id, cycleSeconds);
    } catch (err) {
      await tos.requeue(move.moveId, err instanceof Error ? err.message : 'crane fault');
    } finally {
      crane.busy = false;
      this.inFlight--;
    }
  }

  async shutdown(): Promise<{ requeued: number }> {
    this.stopping = true;
    const leftovers = this.backlog.splice(0, this.backlog.length);
    for (const move of leftovers) {
      await tos.requeue(move.moveId, 'berth shutdown');
    }
    await Promise.all(this.cranes.map((crane) => crane.park));
    await shorePower.isolate(this.berth);
    return { requeued: leftovers.length };
  }

  get utilisation(): number {
    return this.cranes.length === 0 ? 0 : this.inFlight / this.cranes.length;
  }
}

export function planByBay(moves: ContainerMove[]): Map<number, ContainerMove[]> {
  const byBay = new Map<number, ContainerMove[]>();
  for (const move of moves) {
    const list = byBay.get(move.bay) ?? [];
    list.push(move);
    byBay.set(move.bay, list);
  }
  // Discharge before load within a bay so the stack is never over-full.
  for (const list of byBay.values()) {
    list.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'discharge' ? -1 : 1));
  }
  return byBay;
}
