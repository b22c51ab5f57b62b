// expect: none
// Each PLC promise is awaited before it is compared (===), used as a ?? fallback, passed to the logger's unknown meta parameter or stored in the audit record, so all decisions are made on real gate states and levels.
export type GateState = 'open' | 'closed' | 'moving' | 'fault';
export type Direction = 'up' | 'down';

export interface LockPlc {
  gateState(gate: 'upper' | 'lower'): Promise<GateState>;
  chamberLevelM(): Promise<number>;
  defaultSetpointM(direction: Direction): Promise<number>;
  runPaddles(direction: Direction, targetM: number): Promise<void>;
}

export interface Logger {
  info(msg: string, meta?: unknown): void;
}

export interface AuditTrail {
  write(entry: unknown): Promise<void>;
}

export interface CycleSnapshot {
  lockId: string;
  upper: GateState;
  lower: GateState;
  levelM: number;
  at: string;
}

export class LockCycler {
  private readonly overrides = new Map<Direction, number>();

  constructor(
    private readonly lockId: string,
    private readonly plc: LockPlc,
    private readonly log: Logger,
    private readonly audit: AuditTrail,
  ) {}

  setOverride(direction: Direction, targetM: number | null): void {
    if (targetM === null) this.overrides.delete(direction);
    else this.overrides.set(direction, targetM);
  }

  async snapshot(): Promise<CycleSnapshot> {
    const [upper, lower, levelM] = await Promise.all([
      this.plc.gateState('upper'),
      this.plc.gateState('lower'),
      this.plc.chamberLevelM(),
    ]);
    return { lockId: this.lockId, upper, lower, levelM, at: new Date().toISOString() };
  }

  async cycle(direction: Direction): Promise<CycleSnapshot> {
    // Never move water with either gate open.
    if ((await this.plc.gateState('upper')) !== 'closed' || (await this.plc.gateState('lower')) !== 'closed') {
      throw new Error(`${this.lockId}: both gates must be closed before a ${direction} cycle`);
    }
    const target = this.overrides.get(direction) ?? (await this.plc.defaultSetpointM(direction));
    this.log.info('starting lock cycle', { lockId: this.lockId, direction, target, levelM: await this.plc.chamberLevelM() });

    await this.plc.runPaddles(direction, target);

    const after = await this.snapshot();
    this.log.info('lock cycle complete', after);
    await this.audit.write({ kind: 'cycle', direction, target, snapshot: after });
    return after;
  }
}
