// expect: no-promise-as-value
// The near-limit warning interpolates this.currentHookLoad(craneId), an async method, so the log line reads "[object Promise]t" instead of the tonnage on the hook.
export interface LoadCellGateway {
  readHook(craneId: string): Promise<{ tonnes: number; at: number }>;
}

export interface CraneRegistry {
  safeWorkingLoad(craneId: string, outreachM: number): Promise<number>;
}

export interface LiftLog {
  info(message: string): void;
  warn(message: string): void;
}

export type LiftDecision = 'clear' | 'needs-signoff' | 'refused';

export interface PlannedLift {
  craneId: string;
  containerId: string;
  grossTonnes: number;
  outreachM: number;
  windMs: number;
}

const WIND_STOP_MS = 20;

export class LiftPlanner {
  constructor(
    private readonly gateway: LoadCellGateway,
    private readonly registry: CraneRegistry,
    private readonly log: LiftLog,
  ) {}

  async currentHookLoad(craneId: string): Promise<number> {
    const { tonnes, at } = await this.gateway.readHook(craneId);
    if (Date.now() - at > 5_000) throw new Error(`hook load for ${craneId} is stale`);
    return Math.round(tonnes * 10) / 10;
  }

  async check(lift: PlannedLift): Promise<LiftDecision> {
    if (lift.windMs >= WIND_STOP_MS) {
      this.log.warn(`crane ${lift.craneId}: wind ${lift.windMs} m/s, lift of ${lift.containerId} refused`);
      return 'refused';
    }

    const swl = await this.registry.safeWorkingLoad(lift.craneId, lift.outreachM);
    if (lift.grossTonnes > swl) {
      this.log.warn(`crane ${lift.craneId}: ${lift.containerId} at ${lift.grossTonnes}t exceeds SWL ${swl}t at ${lift.outreachM}m`);
      return 'refused';
    }

    if (lift.grossTonnes > swl * 0.9) {
      this.log.warn(
        `crane ${lift.craneId}: ${lift.containerId} is within 10% of SWL ${swl}t (hook currently ${this.currentHookLoad(lift.craneId)}t)`,
      );
      return 'needs-signoff';
    }

    this.log.info(`crane ${lift.craneId}: ${lift.containerId} cleared (${lift.grossTonnes}t of ${swl}t)`);
    return 'clear';
  }
}
