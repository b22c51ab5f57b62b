// expect: none
// The per-camera probes are started together and handed to Promise.all at once, and the fire-and-forget telemetry push carries its own .catch handler.
import { EventEmitter } from 'node:events';

export interface CameraProbe {
  cameraId: string;
  online: boolean;
  lensFogged: boolean;
  batteryPct: number;
  lastFrameAgeSec: number;
}

declare const cameraNet: {
  probe(cameraId: string): Promise<CameraProbe>;
  reboot(cameraId: string): Promise<void>;
};

declare const telemetry: {
  push(metric: string, value: number, tags: Record<string, string>): Promise<void>;
};

declare const log: {
  warn(message: string, meta?: Record<string, unknown>): void;
};

const STALE_FRAME_SEC = 600;
const LOW_BATTERY_PCT = 15;

export type CameraVerdict = 'ok' | 'reboot' | 'visit' | 'offline';

export function judge(probe: CameraProbe): CameraVerdict {
  if (!probe.online) return 'offline';
  if (probe.lensFogged || probe.batteryPct < LOW_BATTERY_PCT) return 'visit';
  if (probe.lastFrameAgeSec > STALE_FRAME_SEC) return 'reboot';
  return 'ok';
}

export class LedgeHealthCheck extends EventEmitter {
  constructor(private readonly cameras: readonly string[]) {
    super();
  }

  private report(probes: CameraProbe[]): void {
    const online = probes.filter((p) => p.online).length;
    telemetry
      .push('puffin.cameras.online', online, { colony: 'north-ledge' })
      .catch((err: unknown) => log.warn('telemetry push failed', { err: String(err) }));
  }

  async run(): Promise<Record<CameraVerdict, string[]>> {
    const started = this.cameras.map((id) => cameraNet.probe(id));
    const probes = await Promise.all(started);

    this.report(probes);

    const verdicts: Record<CameraVerdict, string[]> = { ok: [], reboot: [], visit: [], offline: [] };
    for (const probe of probes) {
      verdicts[judge(probe)].push(probe.cameraId);
    }

    for (const cameraId of verdicts.reboot) {
      try {
        await cameraNet.reboot(cameraId);
        this.emit('rebooted', cameraId);
      } catch (err) {
        verdicts.visit.push(cameraId);
        log.warn('reboot failed, scheduling a boat visit', { cameraId, err: String(err) });
      }
    }

    if (verdicts.visit.length > 0) this.emit('visit-needed', verdicts.visit);
    return verdicts;
  }
}

export function summary(verdicts: Record<CameraVerdict, string[]>): string {
  const parts = (Object.keys(verdicts) as CameraVerdict[])
    .filter((k) => verdicts[k].length > 0)
    .map((k) => `${k}: ${verdicts[k].join(', ')}`);
  return parts.length > 0 ? parts.join(' | ') : 'no cameras configured';
}
