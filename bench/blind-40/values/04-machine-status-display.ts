// expect: no-promise-as-value
// publishStatus() puts this.estimateRemaining(...), an async method, straight into the kiosk payload, so the display gets {} instead of the minutes remaining.
export type MachineKind = 'washer' | 'dryer';

export interface MachineState {
  machineId: string;
  kind: MachineKind;
  model: string;
  state: 'idle' | 'running' | 'door_open' | 'out_of_order';
  program?: string;
  startedAt?: number;
}

export type CycleEvent =
  | { type: 'started'; machineId: string; program: string; at: number }
  | { type: 'finished'; machineId: string; at: number }
  | { type: 'door'; machineId: string; open: boolean }
  | { type: 'fault'; machineId: string; code: string };

declare const programs: {
  profile(model: string, program: string): Promise<{ minutes: number; cooldownMinutes: number }>;
};

declare const kiosk: {
  publish(topic: string, payload: Record<string, unknown>): void;
};

export class MachineStatusBoard {
  private readonly machines = new Map<string, MachineState>();

  constructor(
    private readonly storeId: string,
    machines: readonly MachineState[],
  ) {
    for (const m of machines) this.machines.set(m.machineId, { ...m });
  }

  handle(event: CycleEvent): void {
    const machine = this.machines.get(event.machineId);
    if (!machine) return;

    switch (event.type) {
      case 'started':
        machine.state = 'running';
        machine.program = event.program;
        machine.startedAt = event.at;
        break;
      case 'finished':
        machine.state = 'idle';
        machine.program = undefined;
        machine.startedAt = undefined;
        break;
      case 'door':
        if (machine.state !== 'running') machine.state = event.open ? 'door_open' : 'idle';
        break;
      case 'fault':
        machine.state = 'out_of_order';
        break;
    }
    this.publishStatus(machine);
  }

  freeCount(kind: MachineKind): number {
    let free = 0;
    for (const m of this.machines.values()) {
      if (m.kind === kind && (m.state === 'idle' || m.state === 'door_open')) free += 1;
    }
    return free;
  }

  private publishStatus(machine: MachineState): void {
    kiosk.publish(`laundromat/${this.storeId}/machines/${machine.machineId}`, {
      machineId: machine.machineId,
      kind: machine.kind,
      state: machine.state,
      program: machine.program ?? null,
      remainingMinutes: machine.state === 'running' ? this.estimateRemaining(machine) : 0,
      freeWashers: this.freeCount('washer'),
      freeDryers: this.freeCount('dryer'),
      updatedAt: new Date().toISOString(),
    });
  }

  private async estimateRemaining(machine: MachineState): Promise<number> {
    if (!machine.program || machine.startedAt === undefined) return 0;
    const profile = await programs.profile(machine.model, machine.program);
    const elapsed = (Date.now() - machine.startedAt) / 60_000;
    return Math.max(0, Math.ceil(profile.minutes + profile.cooldownMinutes - elapsed));
  }
}
