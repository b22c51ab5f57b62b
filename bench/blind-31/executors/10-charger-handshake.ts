// expect: none
// The worker promise listens for 'message', 'error' and 'exit' and guards with a settled flag, so it settles once whichever fires first.
import { Worker } from 'node:worker_threads';

declare const depotConfig: {
  workerScript: URL;
  handshakeTimeoutMs: number;
};

export interface ChargerSession {
  chargerId: string;
  busId: string;
  maxKw: number;
  socPercent: number;
  protocol: 'ISO15118' | 'DIN70121' | 'OCPP-only';
}

interface WorkerReply {
  kind: 'session' | 'refused';
  session?: ChargerSession;
  reason?: string;
}

export class HandshakeRefused extends Error {
  constructor(readonly chargerId: string, readonly busId: string, reason: string) {
    super(`Charger ${chargerId} refused bus ${busId}: ${reason}`);
    this.name = 'HandshakeRefused';
  }
}

export function negotiateSession(chargerId: string, busId: string): Promise<ChargerSession> {
  const worker = new Worker(depotConfig.workerScript, { workerData: { chargerId, busId } });

  return new Promise<ChargerSession>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      settle(() => reject(new Error(`Handshake with ${chargerId} timed out`)));
      worker.terminate().catch(() => undefined);
    }, depotConfig.handshakeTimeoutMs);

    function settle(action: () => void): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      action();
    }

    worker.once('message', (reply: WorkerReply) => {
      if (reply.kind === 'session' && reply.session) {
        const session = reply.session;
        settle(() => resolve(session));
      } else {
        settle(() => reject(new HandshakeRefused(chargerId, busId, reply.reason ?? 'unspecified')));
      }
    });
    worker.once('error', (err) => settle(() => reject(err)));
    worker.once('exit', (code) => {
      settle(() => reject(new Error(`Handshake worker for ${chargerId} exited early with code ${code}`)));
    });
  });
}

export interface ChargePlanEntry {
  busId: string;
  chargerId: string;
  session?: ChargerSession;
  error?: string;
}

export async function planOvernightCharging(assignments: Array<{ busId: string; chargerId: string }>): Promise<ChargePlanEntry[]> {
  const plan: ChargePlanEntry[] = [];
  for (const { busId, chargerId } of assignments) {
    try {
      const session = await negotiateSession(chargerId, busId);
      plan.push({ busId, chargerId, session });
    } catch (err) {
      plan.push({ busId, chargerId, error: err instanceof Error ? err.message : String(err) });
    }
  }
  return plan.sort((a, b) => (a.session?.socPercent ?? 101) - (b.session?.socPercent ?? 101));
}
