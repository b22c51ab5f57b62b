// expect: no-promise-as-value
// lockout.isEngaged() returns a promise that is never awaited, so `!promise` is always false and technicians are cleared onto the track even when the lockout-tagout is not engaged.
export interface Technician {
  badge: string;
  name: string;
  certifiedFor: readonly string[];
}

export interface LockoutPanel {
  isEngaged(train: string): Promise<boolean>;
  holders(train: string): Promise<string[]>;
}

export interface WorkOrder {
  id: string;
  ride: string;
  train: string;
  task: 'wheel-assembly' | 'lap-bar' | 'anti-rollback' | 'lift-chain';
}

export interface AccessLog {
  grant(orderId: string, badge: string, at: Date): Promise<void>;
  deny(orderId: string, badge: string, reason: string): Promise<void>;
}

export class LockoutNotEngagedError extends Error {
  constructor(readonly train: string) {
    super(`train ${train} is not locked out; track access refused`);
    this.name = 'LockoutNotEngagedError';
  }
}

export class TrackAccessGate {
  constructor(
    private readonly lockout: LockoutPanel,
    private readonly log: AccessLog,
  ) {}

  async clear(order: WorkOrder, tech: Technician): Promise<void> {
    if (!tech.certifiedFor.includes(order.task)) {
      await this.log.deny(order.id, tech.badge, `not certified for ${order.task}`);
      throw new Error(`${tech.name} is not certified for ${order.task}`);
    }

    if (!this.lockout.isEngaged(order.train)) {
      await this.log.deny(order.id, tech.badge, 'lockout not engaged');
      throw new LockoutNotEngagedError(order.train);
    }

    const holders = await this.lockout.holders(order.train);
    if (!holders.includes(tech.badge)) {
      await this.log.deny(order.id, tech.badge, 'technician has not applied a personal lock');
      throw new Error(`${tech.name} must hang a personal lock on ${order.train} first`);
    }

    await this.log.grant(order.id, tech.badge, new Date());
  }
}
