// expect: no-multiple-settle
// waitForHalt registers a persistent on('status') listener that calls resolve/reject on every matching status, so the deferred settles repeatedly.
import { EventEmitter } from "node:events";

export type EscalatorState = "running" | "slowing" | "stopped" | "fault";

export interface StatusFrame {
  unitId: string;
  state: EscalatorState;
  stepSpeedMps: number;
  handrailSkewPct: number;
  faultCode?: string;
  at: number;
}

declare const telemetryBus: EventEmitter;

declare const maintenanceDesk: {
  openTicket(unitId: string, summary: string): Promise<string>;
};

export class EscalatorMonitor {
  private readonly lastFrame = new Map<string, StatusFrame>();

  constructor(private readonly bus: EventEmitter = telemetryBus) {
    this.bus.on("status", (frame: StatusFrame) => {
      this.lastFrame.set(frame.unitId, frame);
    });
  }

  current(unitId: string): StatusFrame | undefined {
    return this.lastFrame.get(unitId);
  }

  waitForHalt(unitId: string): Promise<StatusFrame> {
    const { promise, resolve, reject } = Promise.withResolvers<StatusFrame>();

    const known = this.lastFrame.get(unitId);
    if (known?.state === "stopped") {
      resolve(known);
      return promise;
    }

    this.bus.on("status", (frame: StatusFrame) => {
      if (frame.unitId !== unitId) return;
      if (frame.state === "stopped") {
        resolve(frame);
      } else if (frame.state === "fault") {
        reject(new Error(`unit ${unitId} faulted while stopping: ${frame.faultCode ?? "unknown"}`));
      }
    });

    return promise;
  }

  handrailDrift(unitId: string): number {
    const frame = this.lastFrame.get(unitId);
    return frame ? Math.abs(frame.handrailSkewPct) : 0;
  }
}

export interface ShutdownResult {
  unitId: string;
  stoppedAt: number;
  ticket?: string;
}

export async function controlledShutdown(
  monitor: EscalatorMonitor,
  unitId: string,
  sendStop: (unitId: string) => void,
): Promise<ShutdownResult> {
  sendStop(unitId);

  try {
    const frame = await monitor.waitForHalt(unitId);
    const drift = monitor.handrailDrift(unitId);
    if (drift > 4) {
      const ticket = await maintenanceDesk.openTicket(
        unitId,
        `handrail skew ${drift.toFixed(1)}% at controlled stop`,
      );
      return { unitId, stoppedAt: frame.at, ticket };
    }
    return { unitId, stoppedAt: frame.at };
  } catch (err) {
    const ticket = await maintenanceDesk.openTicket(unitId, (err as Error).message);
    return { unitId, stoppedAt: Date.now(), ticket };
  }
}
