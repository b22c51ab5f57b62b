// expect: none
// Correct: the caller's signal is combined with a timeout via AbortSignal.any and passed to every fetch and sleep; an abort is rethrown as-is.
import { setTimeout as sleep } from 'node:timers/promises';

export interface BellCommand {
  stationId: string;
  action: 'arm' | 'sound' | 'silence';
  patternMs?: number[];
}

export interface BellAck {
  stationId: string;
  action: BellCommand['action'];
  strikes: number;
  at: string;
}

declare const coastGuardLink: {
  url: string;
  certificateFingerprint: string;
};

declare const stationLog: {
  record(stationId: string, line: string): Promise<void>;
};

const PER_ATTEMPT_TIMEOUT_MS = 8_000;

export class LinkError extends Error {
  constructor(readonly stationId: string, readonly status: number) {
    super(`fog bell link for ${stationId} answered ${status}`);
  }
}

async function postCommand(cmd: BellCommand, signal: AbortSignal): Promise<BellAck> {
  const attemptSignal = AbortSignal.any([signal, AbortSignal.timeout(PER_ATTEMPT_TIMEOUT_MS)]);
  const res = await fetch(`${coastGuardLink.url}/stations/${cmd.stationId}/bell`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-cert-fp': coastGuardLink.certificateFingerprint },
    body: JSON.stringify(cmd),
    signal: attemptSignal,
  });
  if (!res.ok) throw new LinkError(cmd.stationId, res.status);
  return (await res.json()) as BellAck;
}

export async function sendBellCommand(cmd: BellCommand, signal: AbortSignal, attempts = 3): Promise<BellAck> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      const ack = await postCommand(cmd, signal);
      await stationLog.record(cmd.stationId, `${cmd.action} acknowledged, ${ack.strikes} strikes`);
      return ack;
    } catch (err) {
      // The caller gave up (operator cancelled or watch handover): stop immediately.
      if (signal.aborted) throw signal.reason;
      lastError = err;
      await sleep(1_500 * (i + 1), undefined, { signal });
    }
  }
  throw new Error(`fog bell command ${cmd.action} for ${cmd.stationId} failed`, { cause: lastError });
}

export async function soundFogPattern(stationIds: string[], signal: AbortSignal): Promise<BellAck[]> {
  const pattern = [2_000, 2_000, 26_000];
  const acks: BellAck[] = [];
  for (const stationId of stationIds) {
    await sendBellCommand({ stationId, action: 'arm' }, signal);
    acks.push(await sendBellCommand({ stationId, action: 'sound', patternMs: pattern }, signal));
  }
  return acks;
}
