// expect: no-promise-as-value
// resolveAspect is async, so the published message carries a pending Promise in its aspect field (serialised as {}) instead of the signal aspect.
export type Aspect = 'danger' | 'caution' | 'clear' | 'off';

export interface SignalBus {
  publish(topic: string, payload: Record<string, unknown>): Promise<void>;
}

export interface LeverStateSource {
  isReversed(lever: number): Promise<boolean>;
  trackCircuitOccupied(circuit: string): Promise<boolean>;
}

export interface SemaphoreSignal {
  id: string;
  lever: number;
  protects: string;
  distantFor?: string;
}

export class AspectBroadcaster {
  constructor(
    private readonly bus: SignalBus,
    private readonly levers: LeverStateSource,
    private readonly signals: Map<string, SemaphoreSignal>,
  ) {}

  async resolveAspect(signalId: string): Promise<Aspect> {
    const signal = this.signals.get(signalId);
    if (!signal) return 'off';
    if (!(await this.levers.isReversed(signal.lever))) {
      return signal.distantFor ? 'caution' : 'danger';
    }
    if (await this.levers.trackCircuitOccupied(signal.protects)) {
      return 'danger';
    }
    if (signal.distantFor) {
      const home = await this.resolveAspect(signal.distantFor);
      return home === 'clear' ? 'clear' : 'caution';
    }
    return 'clear';
  }

  async announce(signalId: string, operator: string): Promise<void> {
    const signal = this.signals.get(signalId);
    if (!signal) throw new Error(`unknown signal ${signalId}`);
    await this.bus.publish(`box/signals/${signalId}`, {
      signalId,
      lever: signal.lever,
      aspect: this.resolveAspect(signalId),
      operator,
      at: new Date().toISOString(),
    });
  }

  async announceAll(operator: string): Promise<number> {
    let count = 0;
    for (const id of this.signals.keys()) {
      await this.announce(id, operator);
      count += 1;
    }
    return count;
  }
}
