// expect: no-floating-promises
// applyProgram ramps the paddles with panels.forEach(async ...), so the ramp commands are dropped and the "program active" state is recorded before any paddle has moved.
export interface PaddlePanel {
  panelId: string;
  bank: "north" | "south";
  maxStrokeMm: number;
}

export interface WaveProgram {
  name: string;
  heightM: number;
  periodS: number;
  phaseOffsetDeg: number;
}

declare const paddleController: {
  panels(poolId: string): Promise<PaddlePanel[]>;
  ramp(panelId: string, strokeMm: number, periodS: number, phaseDeg: number): Promise<void>;
  halt(panelId: string): Promise<void>;
};
declare const lifeguardDesk: {
  clearToStart(poolId: string): Promise<boolean>;
  announce(poolId: string, message: string): Promise<void>;
};
declare const stateStore: {
  set(poolId: string, state: { program: string | null; since: string }): Promise<void>;
};

/** Empirical: stroke (mm) needed per metre of wave height for this basin. */
const STROKE_PER_METRE = 420;

export function strokeFor(panel: PaddlePanel, program: WaveProgram): number {
  const wanted = program.heightM * STROKE_PER_METRE;
  return Math.min(panel.maxStrokeMm, Math.round(wanted));
}

export function phaseFor(panel: PaddlePanel, index: number, program: WaveProgram): number {
  const bankShift = panel.bank === "south" ? 180 : 0;
  return (index * program.phaseOffsetDeg + bankShift) % 360;
}

export class WavePool {
  private active: string | null = null;

  constructor(private readonly poolId: string) {}

  get program(): string | null {
    return this.active;
  }

  async applyProgram(program: WaveProgram): Promise<void> {
    if (program.heightM <= 0 || program.heightM > 2.4) {
      throw new RangeError(`wave height ${program.heightM} m outside pool rating`);
    }
    if (!(await lifeguardDesk.clearToStart(this.poolId))) {
      throw new Error(`lifeguards have not cleared pool ${this.poolId}`);
    }

    const panels = await paddleController.panels(this.poolId);
    await lifeguardDesk.announce(this.poolId, `${program.name} waves starting in 30 seconds`);

    panels.forEach(async (panel, index) => {
      await paddleController.ramp(
        panel.panelId,
        strokeFor(panel, program),
        program.periodS,
        phaseFor(panel, index, program),
      );
    });

    this.active = program.name;
    await stateStore.set(this.poolId, { program: program.name, since: new Date().toISOString() });
  }

  async calm(): Promise<void> {
    const panels = await paddleController.panels(this.poolId);
    await Promise.all(panels.map((p) => paddleController.halt(p.panelId)));
    this.active = null;
    await stateStore.set(this.poolId, { program: null, since: new Date().toISOString() });
    await lifeguardDesk.announce(this.poolId, "waves stopped");
  }
}
