// expect: no-leaked-race
// The acknowledgement race leaves the losing side running: the timeout's setTimeout is never cleared and the ack poll loop keeps polling after the deadline passes.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Unit {
  callSign: string;
  stationId: string;
  etaSeconds: number;
}

export interface Incident {
  id: string;
  priority: 1 | 2 | 3;
  location: { lat: number; lon: number };
}

declare const dispatchApi: {
  assign(incidentId: string, callSign: string): Promise<{ assignmentId: string }>;
  getAssignment(assignmentId: string): Promise<{ state: 'pending' | 'acknowledged' | 'declined' }>;
  revoke(assignmentId: string): Promise<void>;
};

declare const audit: {
  record(event: string, data: Record<string, unknown>): void;
};

class AckTimeoutError extends Error {
  constructor(
    readonly callSign: string,
    readonly waitedMs: number,
  ) {
    super(`${callSign} did not acknowledge within ${waitedMs}ms`);
    this.name = 'AckTimeoutError';
  }
}

const ACK_WINDOW_MS: Record<Incident['priority'], number> = { 1: 30_000, 2: 60_000, 3: 120_000 };

async function pollForAck(assignmentId: string): Promise<'acknowledged' | 'declined'> {
  for (;;) {
    const { state } = await dispatchApi.getAssignment(assignmentId);
    if (state !== 'pending') return state;
    await sleep(2_000);
  }
}

function ackDeadline(callSign: string, ms: number): Promise<never> {
  return new Promise((_, reject) => {
    setTimeout(() => reject(new AckTimeoutError(callSign, ms)), ms);
  });
}

/**
 * Offers the incident to each candidate unit in ETA order until one accepts.
 * Returns the call sign of the unit that took the job, or null if nobody did.
 */
export async function dispatchToNearest(incident: Incident, candidates: Unit[]): Promise<string | null> {
  const ordered = [...candidates].sort((a, b) => a.etaSeconds - b.etaSeconds);
  const windowMs = ACK_WINDOW_MS[incident.priority];

  for (const unit of ordered) {
    const { assignmentId } = await dispatchApi.assign(incident.id, unit.callSign);
    audit.record('offered', { incident: incident.id, unit: unit.callSign });

    try {
      const outcome = await Promise.race([pollForAck(assignmentId), ackDeadline(unit.callSign, windowMs)]);
      if (outcome === 'acknowledged') {
        audit.record('acknowledged', { incident: incident.id, unit: unit.callSign });
        return unit.callSign;
      }
      audit.record('declined', { incident: incident.id, unit: unit.callSign });
    } catch (err) {
      if (!(err instanceof AckTimeoutError)) throw err;
      audit.record('ack-timeout', { incident: incident.id, unit: unit.callSign, waitedMs: err.waitedMs });
      await dispatchApi.revoke(assignmentId);
    }
  }

  audit.record('unassigned', { incident: incident.id, tried: ordered.length });
  return null;
}
