// expect: no-read-before-settle
// requestCalibration() reads this.lastAck right after registering the 'ack' listener, before the barge can have replied.
import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';

interface CalibrationAck {
  requestId: string;
  bargeId: string;
  accepted: boolean;
  offsetCm: number;
}

interface TelemetryFrame {
  bargeId: string;
  depthCm: number;
  biomassKg: number;
}

export interface BargeLink extends EventEmitter {
  send(frame: Record<string, unknown>): void;
}

export class KelpBargeController {
  private lastAck: CalibrationAck | undefined;
  private readonly depthOffsets = new Map<string, number>();
  private readonly frames: TelemetryFrame[] = [];

  constructor(private readonly link: BargeLink) {
    link.on('telemetry', (frame: TelemetryFrame) => {
      const offset = this.depthOffsets.get(frame.bargeId) ?? 0;
      this.frames.push({ ...frame, depthCm: frame.depthCm + offset });
      if (this.frames.length > 500) this.frames.shift();
    });
  }

  requestCalibration(bargeId: string, referenceDepthCm: number): boolean {
    const requestId = randomUUID();

    this.link.once('ack', (ack: CalibrationAck) => {
      if (ack.requestId !== requestId) return;
      this.lastAck = ack;
      if (ack.accepted) this.depthOffsets.set(bargeId, ack.offsetCm);
    });

    this.link.send({ type: 'calibrate', requestId, bargeId, referenceDepthCm });

    const ack = this.lastAck;
    if (!ack || ack.requestId !== requestId) {
      this.link.emit('warning', `barge ${bargeId} did not acknowledge calibration`);
      return false;
    }
    return ack.accepted;
  }

  averageBiomass(bargeId: string): number {
    const mine = this.frames.filter((f) => f.bargeId === bargeId);
    if (mine.length === 0) return 0;
    return mine.reduce((s, f) => s + f.biomassKg, 0) / mine.length;
  }

  shallowestDepth(bargeId: string): number | undefined {
    let min: number | undefined;
    for (const f of this.frames) {
      if (f.bargeId !== bargeId) continue;
      if (min === undefined || f.depthCm < min) min = f.depthCm;
    }
    return min;
  }
}
