// expect: no-swallowed-abort
// Bug: relayCallout retries on every error, including the AbortError from a cancelled transmit, and then reports it as a generic RelayFailedError.
import { randomUUID } from 'node:crypto';

export interface Callout {
  incidentId: string;
  grid: string;
  severity: 'P1' | 'P2' | 'P3';
  message: string;
}

export interface RepeaterSite {
  id: string;
  name: string;
  elevationM: number;
}

declare const radioGateway: {
  transmit(
    repeaterId: string,
    frame: { id: string; payload: string; priority: number },
    opts: { signal?: AbortSignal; timeoutMs?: number },
  ): Promise<{ ackedBy: string[]; rssi: number }>;
};

export class RelayFailedError extends Error {
  constructor(
    readonly incidentId: string,
    readonly attempts: number,
  ) {
    super(`could not relay callout ${incidentId} after ${attempts} attempts`);
    this.name = 'RelayFailedError';
  }
}

const PRIORITY: Record<Callout['severity'], number> = { P1: 0, P2: 3, P3: 6 };

function encodeCallout(c: Callout): string {
  return [c.incidentId, c.severity, c.grid, c.message.replace(/\s+/g, ' ').slice(0, 140)].join('|');
}

export class CalloutRelay {
  constructor(
    private readonly repeaters: RepeaterSite[],
    private readonly attemptsPerRepeater = 2,
  ) {}

  private orderedRepeaters(): RepeaterSite[] {
    // Higher sites reach more handsets, so try them first.
    return [...this.repeaters].sort((a, b) => b.elevationM - a.elevationM);
  }

  async relayCallout(callout: Callout, signal?: AbortSignal): Promise<{ via: string; acked: string[] }> {
    const frame = {
      id: randomUUID(),
      payload: encodeCallout(callout),
      priority: PRIORITY[callout.severity],
    };
    let attempts = 0;

    for (const site of this.orderedRepeaters()) {
      for (let i = 0; i < this.attemptsPerRepeater; i++) {
        attempts += 1;
        try {
          const { ackedBy } = await radioGateway.transmit(site.id, frame, {
            signal,
            timeoutMs: callout.severity === 'P1' ? 4_000 : 8_000,
          });
          if (ackedBy.length > 0) {
            return { via: site.name, acked: ackedBy };
          }
        } catch (err) {
          // Repeaters on exposed ridges often miss a frame in high wind; just go again.
          console.warn(`repeater ${site.name} transmit failed (attempt ${i + 1})`, err);
        }
      }
    }

    throw new RelayFailedError(callout.incidentId, attempts);
  }
}

export async function broadcastToTeams(
  relay: CalloutRelay,
  callouts: Callout[],
  signal: AbortSignal,
): Promise<Array<{ incidentId: string; via: string }>> {
  const sent: Array<{ incidentId: string; via: string }> = [];
  for (const c of callouts) {
    const { via } = await relay.relayCallout(c, signal);
    sent.push({ incidentId: c.incidentId, via });
  }
  return sent;
}
