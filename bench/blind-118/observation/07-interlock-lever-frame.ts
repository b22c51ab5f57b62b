// expect: no-floating-promises
// In pullLever the audit-trail append is called without await, so its promise is dropped and a failed audit write is never noticed while the other methods await theirs.
export type LeverPosition = 'normal' | 'reverse';

export interface LeverFrame {
  move(lever: number, to: LeverPosition): Promise<void>;
}

export interface AuditTrail {
  append(entry: { lever: number; operator: string; action: LeverPosition | 'blocked'; at: Date; note?: string }): Promise<void>;
}

export interface LockingTable {
  /** levers that must be normal before this lever may be reversed */
  conflictsOf(lever: number): number[];
  /** levers that must already be reversed (e.g. a point lever before its signal) */
  requiresOf(lever: number): number[];
}

export class InterlockingController {
  private readonly positions = new Map<number, LeverPosition>();

  constructor(
    private readonly frame: LeverFrame,
    private readonly audit: AuditTrail,
    private readonly locking: LockingTable,
  ) {}

  position(lever: number): LeverPosition {
    return this.positions.get(lever) ?? 'normal';
  }

  async pullLever(lever: number, operator: string): Promise<LeverPosition> {
    if (this.position(lever) === 'reverse') return 'reverse';

    const conflicting = this.locking.conflictsOf(lever).filter((l) => this.position(l) === 'reverse');
    const missing = this.locking.requiresOf(lever).filter((l) => this.position(l) !== 'reverse');
    if (conflicting.length > 0 || missing.length > 0) {
      await this.audit.append({
        lever,
        operator,
        action: 'blocked',
        at: new Date(),
        note: `locked by ${[...conflicting, ...missing].join(',')}`,
      });
      throw new Error(`lever ${lever} is locked by lever(s) ${[...conflicting, ...missing].join(', ')}`);
    }

    await this.frame.move(lever, 'reverse');
    this.positions.set(lever, 'reverse');
    this.audit.append({ lever, operator, action: 'reverse', at: new Date() });
    return 'reverse';
  }

  async restoreLever(lever: number, operator: string): Promise<LeverPosition> {
    if (this.position(lever) === 'normal') return 'normal';
    const dependants = [...this.positions.entries()]
      .filter(([other, pos]) => pos === 'reverse' && this.locking.requiresOf(other).includes(lever))
      .map(([other]) => other);
    if (dependants.length > 0) {
      throw new Error(`restore lever(s) ${dependants.join(', ')} before lever ${lever}`);
    }
    await this.frame.move(lever, 'normal');
    this.positions.set(lever, 'normal');
    await this.audit.append({ lever, operator, action: 'normal', at: new Date() });
    return 'normal';
  }
}
