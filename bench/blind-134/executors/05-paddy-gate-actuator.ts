// expect: none
// The gate-move promise settles from the target-reached, fault and timeout paths, and each path runs the same cleanup that removes both listeners and clears the timer first.
import { EventEmitter } from 'node:events';

export interface GatePosition {
  gateId: string;
  openingMm: number;
}

export interface GateFault {
  gateId: string;
  code: 'STALL' | 'OVERCURRENT' | 'LIMIT_SWITCH';
  detail?: string;
}

export interface ActuatorBus extends EventEmitter {
  command(gateId: string, targetMm: number): void;
}

export interface MoveOptions {
  toleranceMm?: number;
  timeoutMs?: number;
}

export class PaddyGateActuator {
  constructor(private readonly bus: ActuatorBus) {}

  moveTo(gateId: string, targetMm: number, opts: MoveOptions = {}): Promise<GatePosition> {
    const tolerance = opts.toleranceMm ?? 3;
    const timeoutMs = opts.timeoutMs ?? 30_000;

    return new Promise<GatePosition>((resolve, reject) => {
      const cleanup = (): void => {
        clearTimeout(timer);
        this.bus.off('position', onPosition);
        this.bus.off('fault', onFault);
      };

      const onPosition = (pos: GatePosition): void => {
        if (pos.gateId !== gateId) return;
        if (Math.abs(pos.openingMm - targetMm) > tolerance) return;
        cleanup();
        resolve(pos);
      };

      const onFault = (fault: GateFault): void => {
        if (fault.gateId !== gateId) return;
        cleanup();
        reject(new Error(`gate ${gateId} faulted with ${fault.code}${fault.detail ? `: ${fault.detail}` : ''}`));
      };

      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`gate ${gateId} did not reach ${targetMm}mm within ${timeoutMs}ms`));
      }, timeoutMs);

      this.bus.on('position', onPosition);
      this.bus.on('fault', onFault);

      try {
        this.bus.command(gateId, targetMm);
      } catch (err) {
        cleanup();
        reject(err);
      }
    });
  }

  async floodTerrace(gateIds: readonly string[], openingMm: number): Promise<GatePosition[]> {
    const reached: GatePosition[] = [];
    // Upstream gates open first so the lower terraces never overflow.
    for (const id of gateIds) {
      reached.push(await this.moveTo(id, openingMm));
    }
    return reached;
  }

  async drainTerrace(gateIds: readonly string[]): Promise<void> {
    for (const id of [...gateIds].reverse()) {
      await this.moveTo(id, 0, { toleranceMm: 1 });
    }
  }
}
