// expect: none
// The warm-up promise listens for ready, fault and disconnect, clears its timer and detaches every listener on whichever path settles first.
import { EventEmitter } from 'node:events';

export interface ProjectorStatus {
  lampHours: number;
  domeMode: 'fulldome' | 'planar';
  firmware: string;
}

export interface StarProjector extends EventEmitter {
  readonly id: string;
  powerOn(): void;
  powerOff(): void;
}

export interface WarmupOptions {
  timeoutMs?: number;
  onProgress?: (percent: number) => void;
}

export class ProjectorWarmupError extends Error {
  constructor(
    readonly projectorId: string,
    message: string,
  ) {
    super(message);
    this.name = 'ProjectorWarmupError';
  }
}

export function warmUpProjector(
  projector: StarProjector,
  options: WarmupOptions = {},
): Promise<ProjectorStatus> {
  const timeoutMs = options.timeoutMs ?? 90_000;

  return new Promise<ProjectorStatus>((resolve, reject) => {
    const onReady = (status: ProjectorStatus) => {
      cleanup();
      resolve(status);
    };
    const onFault = (code: string) => {
      cleanup();
      reject(new ProjectorWarmupError(projector.id, `lamp fault ${code}`));
    };
    const onDisconnect = () => {
      cleanup();
      reject(new ProjectorWarmupError(projector.id, 'projector disconnected during warm-up'));
    };
    const onProgress = (percent: number) => {
      options.onProgress?.(percent);
    };

    const timer = setTimeout(() => {
      cleanup();
      projector.powerOff();
      reject(new ProjectorWarmupError(projector.id, `not ready after ${timeoutMs} ms`));
    }, timeoutMs);

    function cleanup() {
      clearTimeout(timer);
      projector.off('ready', onReady);
      projector.off('fault', onFault);
      projector.off('disconnect', onDisconnect);
      projector.off('progress', onProgress);
    }

    projector.once('ready', onReady);
    projector.once('fault', onFault);
    projector.once('disconnect', onDisconnect);
    projector.on('progress', onProgress);
    try {
      projector.powerOn();
    } catch (err) {
      cleanup();
      reject(err);
    }
  });
}

export async function warmUpAll(
  projectors: StarProjector[],
  options?: WarmupOptions,
): Promise<Map<string, ProjectorStatus>> {
  const statuses = await Promise.all(projectors.map((p) => warmUpProjector(p, options)));
  const byId = new Map<string, ProjectorStatus>();
  statuses.forEach((status, i) => byId.set(projectors[i].id, status));
  return byId;
}
