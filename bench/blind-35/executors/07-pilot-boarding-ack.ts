// expect: no-multiple-settle
// The async executor awaits the berth lookup before wiring resolve/reject; if that lookup rejects the returned promise never settles.
import type { EventEmitter } from 'node:events';

export interface BoardingAck {
  vesselId: string;
  pilotId: string;
  launchEtaMinutes: number;
  boardingPoint: string;
}

export interface PilotRequest {
  vesselId: string;
  vesselName: string;
  draughtMetres: number;
  inbound: boolean;
}

interface RadioChannel extends EventEmitter {
  readonly name: string;
  broadcast(message: Record<string, unknown>): void;
}

declare const berthRegistry: {
  assignedBerth(vesselId: string): Promise<{ berthId: string; basin: 'inner' | 'outer' }>;
};

declare const radioChannels: {
  forBasin(basin: 'inner' | 'outer'): RadioChannel;
};

declare const dispatchLog: {
  info(message: string, fields?: Record<string, unknown>): void;
};

const DEEP_DRAUGHT_METRES = 11.5;

function boardingPointFor(request: PilotRequest, basin: 'inner' | 'outer'): string {
  if (!request.inbound) return basin === 'inner' ? 'Inner Basin Lock' : 'Outer Quay';
  return request.draughtMetres >= DEEP_DRAUGHT_METRES ? 'Fairway Buoy 1' : 'Breakwater Light';
}

export function requestPilotBoarding(request: PilotRequest, timeoutMs = 120_000): Promise<BoardingAck> {
  return new Promise<BoardingAck>(async (resolve, reject) => {
    const berth = await berthRegistry.assignedBerth(request.vesselId);
    const channel = radioChannels.forBasin(berth.basin);
    const boardingPoint = boardingPointFor(request, berth.basin);

    const timer = setTimeout(() => {
      channel.off('ack', onAck);
      reject(new Error(`no pilot acknowledged ${request.vesselName} on ${channel.name} within ${timeoutMs / 1000}s`));
    }, timeoutMs);

    const onAck = (ack: BoardingAck) => {
      if (ack.vesselId !== request.vesselId) return;
      clearTimeout(timer);
      channel.off('ack', onAck);
      resolve({ ...ack, boardingPoint });
    };

    channel.on('ack', onAck);
    channel.broadcast({
      type: 'pilot-request',
      vesselId: request.vesselId,
      vesselName: request.vesselName,
      berth: berth.berthId,
      boardingPoint,
      draught: request.draughtMetres,
    });
    dispatchLog.info('pilot requested', { vessel: request.vesselName, channel: channel.name, boardingPoint });
  });
}

export interface DispatchSummary {
  acknowledged: BoardingAck[];
  unanswered: string[];
}

export async function dispatchTide(requests: PilotRequest[]): Promise<DispatchSummary> {
  // Deep-draught vessels go first: they only have the top of the tide.
  const ordered = [...requests].sort((a, b) => b.draughtMetres - a.draughtMetres);
  const summary: DispatchSummary = { acknowledged: [], unanswered: [] };
  for (const request of ordered) {
    try {
      summary.acknowledged.push(await requestPilotBoarding(request));
    } catch (err) {
      dispatchLog.info('pilot request unanswered', { vessel: request.vesselName, error: (err as Error).message });
      summary.unanswered.push(request.vesselId);
    }
  }
  return summary;
}
