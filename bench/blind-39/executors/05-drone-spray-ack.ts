// expect: no-multiple-settle
// The ack timeout is never cleared: after a successful ack the timer still fires and calls reject on the already-resolved promise.
import { EventEmitter } from 'node:events';

export interface SprayZone {
  zoneId: string;
  polygon: Array<[number, number]>;
  litresPerHectare: number;
  product: 'fungicide' | 'herbicide' | 'foliar-feed';
}

interface NozzleAck {
  commandId: string;
  droneId: string;
  status: 'accepted' | 'rejected';
  reason?: string;
  flowRate: number;
}

declare const groundLink: EventEmitter & {
  send(droneId: string, frame: { commandId: string; op: string; args: Record<string, unknown> }): void;
};

declare const missionLog: {
  record(droneId: string, event: string, data?: Record<string, unknown>): void;
};

let commandSeq = 0;
function nextCommandId(droneId: string): string {
  commandSeq = (commandSeq + 1) % 1_000_000;
  return `${droneId}-${Date.now().toString(36)}-${commandSeq}`;
}

function sendWithAck(
  droneId: string,
  frame: { commandId: string; op: string; args: Record<string, unknown> },
  timeoutMs: number,
): Promise<NozzleAck> {
  const { commandId } = frame;
  return new Promise((resolve, reject) => {
    const onAck = (ack: NozzleAck) => {
      if (ack.commandId !== commandId) return;
      groundLink.off('ack', onAck);
      if (ack.status === 'rejected') {
        reject(new Error(`drone ${droneId} refused ${commandId}: ${ack.reason ?? 'no reason given'}`));
        return;
      }
      resolve(ack);
    };

    setTimeout(() => {
      groundLink.off('ack', onAck);
      reject(new Error(`drone ${droneId} did not ack ${commandId} within ${timeoutMs}ms`));
    }, timeoutMs);

    groundLink.on('ack', onAck);
    groundLink.send(droneId, frame);
  });
}

function hectares(polygon: Array<[number, number]>): number {
  let area = 0;
  for (let i = 0; i < polygon.length; i++) {
    const [x1, y1] = polygon[i];
    const [x2, y2] = polygon[(i + 1) % polygon.length];
    area += x1 * y2 - x2 * y1;
  }
  return Math.abs(area) / 2 / 10_000;
}

async function configureNozzles(droneId: string, zone: SprayZone): Promise<NozzleAck> {
  const frame = {
    commandId: nextCommandId(droneId),
    op: 'nozzle.configure',
    args: { product: zone.product, litresPerHectare: zone.litresPerHectare },
  };
  return sendWithAck(droneId, frame, 4_000);
}

export async function runSprayMission(droneId: string, zones: SprayZone[]): Promise<number> {
  let litres = 0;
  for (const zone of zones) {
    const area = hectares(zone.polygon);
    if (area < 0.05) {
      missionLog.record(droneId, 'zone.skipped', { zoneId: zone.zoneId, area });
      continue;
    }
    const ack = await configureNozzles(droneId, zone);
    missionLog.record(droneId, 'zone.configured', { zoneId: zone.zoneId, flowRate: ack.flowRate });
    litres += area * zone.litresPerHectare;
  }
  missionLog.record(droneId, 'mission.planned', { litres: Math.round(litres * 10) / 10 });
  return litres;
}
