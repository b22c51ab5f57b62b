// expect: no-swallowed-abort
// isRetryable treats AbortError like a per-attempt TimeoutError, so when the caller aborts, sendCommand retries the uplink command instead of stopping.
import { setTimeout as sleep } from 'node:timers/promises';

export interface TelecommandFrame {
  satellite: string;
  opcode: 'SET_TRANSPONDER_GAIN' | 'SWITCH_BEAM' | 'MOMENTUM_DUMP' | 'SAFE_MODE';
  args: Record<string, number | string>;
  sequence: number;
}

export interface CommandAck {
  sequence: number;
  accepted: boolean;
  onboardTime: string;
}

export interface SendOptions {
  signal: AbortSignal;
  attempts?: number;
  attemptTimeoutMs?: number;
}

const GATEWAY = process.env.UPLINK_GATEWAY ?? 'https://tc-gateway.example.net';

class GatewayError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'GatewayError';
  }
}

function isRetryable(err: unknown): boolean {
  if (err instanceof GatewayError) return err.status >= 500 || err.status === 429;
  if (err instanceof DOMException) return err.name === 'TimeoutError' || err.name === 'AbortError';
  return err instanceof TypeError; // network failure from fetch
}

async function postFrame(frame: TelecommandFrame, signal: AbortSignal): Promise<CommandAck> {
  const res = await fetch(`${GATEWAY}/v2/telecommands`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(frame),
    signal,
  });
  if (!res.ok) {
    throw new GatewayError(res.status, `gateway rejected ${frame.opcode}: HTTP ${res.status}`);
  }
  return (await res.json()) as CommandAck;
}

export async function sendCommand(frame: TelecommandFrame, options: SendOptions): Promise<CommandAck> {
  const { signal, attempts = 4, attemptTimeoutMs = 5_000 } = options;
  let lastError: unknown;

  for (let attempt = 1; attempt <= attempts; attempt++) {
    const attemptSignal = AbortSignal.any([signal, AbortSignal.timeout(attemptTimeoutMs)]);
    try {
      const ack = await postFrame(frame, attemptSignal);
      if (!ack.accepted) {
        throw new Error(`${frame.satellite} refused ${frame.opcode} (seq ${frame.sequence})`);
      }
      return ack;
    } catch (err) {
      if (!isRetryable(err) || attempt === attempts) throw err;
      lastError = err;
    }
    await sleep(250 * 2 ** attempt, undefined, { signal });
  }
  throw lastError;
}

export async function runPass(
  frames: TelecommandFrame[],
  signal: AbortSignal,
): Promise<CommandAck[]> {
  const acks: CommandAck[] = [];
  const ordered = [...frames].sort((a, b) => a.sequence - b.sequence);
  for (const frame of ordered) {
    if (frame.opcode === 'SAFE_MODE' && ordered.length > 1) {
      throw new Error('SAFE_MODE must be sent on its own pass');
    }
    acks.push(await sendCommand(frame, { signal }));
  }
  return acks;
}
