// expect: no-read-before-settle
// check() starts the callback-style load-cell read and immediately computes headroom from lastKn, which still holds the previous (or initial zero) reading.
export interface LoadCell {
  readonly bridgeId: string;
  read(callback: (err: Error | null, kilonewtons?: number) => void): void;
}

export interface CrossingDecision {
  bridgeId: string;
  open: boolean;
  maxWalkers: number;
  reason: string;
}

export interface MonitorLimits {
  ratingKn: number;
  perWalkerKn: number;
  maxFaults: number;
}

export class BridgeLoadMonitor {
  private lastKn = 0;
  private faults = 0;

  constructor(
    private readonly cell: LoadCell,
    private readonly limits: MonitorLimits,
  ) {}

  check(): CrossingDecision {
    this.cell.read((err, kilonewtons) => {
      if (err || kilonewtons === undefined) {
        this.faults += 1;
        return;
      }
      this.faults = 0;
      this.lastKn = kilonewtons;
    });

    const bridgeId = this.cell.bridgeId;
    if (this.faults >= this.limits.maxFaults) {
      return { bridgeId, open: false, maxWalkers: 0, reason: `load cell failed ${this.faults} times` };
    }

    const headroomKn = this.limits.ratingKn - this.lastKn;
    const maxWalkers = Math.max(0, Math.floor(headroomKn / this.limits.perWalkerKn));
    if (maxWalkers === 0) {
      return { bridgeId, open: false, maxWalkers, reason: `current load ${this.lastKn.toFixed(1)} kN at rating` };
    }
    return { bridgeId, open: true, maxWalkers, reason: `${headroomKn.toFixed(1)} kN headroom` };
  }

  get faultCount(): number {
    return this.faults;
  }
}

export function signText(decision: CrossingDecision): string {
  if (!decision.open) return `BRIDGE ${decision.bridgeId} CLOSED - ${decision.reason}`;
  const walkers = decision.maxWalkers === 1 ? '1 person' : `${decision.maxWalkers} people`;
  return `Bridge ${decision.bridgeId}: max ${walkers} at a time`;
}

export function gateController(monitor: BridgeLoadMonitor, display: (text: string) => void): () => void {
  return () => display(signText(monitor.check()));
}
