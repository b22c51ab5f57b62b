// expect: no-swallowed-abort
// listenOnChannel catches the AbortError from a cancelled scan and reports the channel as 'quiet', so the scan loop keeps going after cancel.
import { on, type EventEmitter } from 'node:events';

export interface RadioCall {
  channel: number;
  fromTower: string;
  priority: 'routine' | 'assist' | 'emergency';
  text: string;
}

export type ChannelResult =
  | { channel: number; status: 'call'; call: RadioCall }
  | { channel: number; status: 'quiet' };

declare const radioDeck: EventEmitter & {
  tune(channel: number): Promise<void>;
};

declare const dispatchBoard: {
  post(call: RadioCall): Promise<void>;
};

const PRIORITY_RANK: Record<RadioCall['priority'], number> = { routine: 0, assist: 1, emergency: 2 };

async function listenOnChannel(channel: number, dwellMs: number, signal: AbortSignal): Promise<ChannelResult> {
  const dwell = AbortSignal.any([signal, AbortSignal.timeout(dwellMs)]);
  try {
    await radioDeck.tune(channel);
    for await (const [call] of on(radioDeck, 'call', { signal: dwell })) {
      const typed = call as RadioCall;
      if (typed.channel === channel) return { channel, status: 'call', call: typed };
    }
    return { channel, status: 'quiet' };
  } catch (err) {
    if (err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError')) {
      return { channel, status: 'quiet' };
    }
    throw err;
  }
}

export interface ScanOptions {
  channels: number[];
  dwellMs: number;
  signal: AbortSignal;
  minimumPriority?: RadioCall['priority'];
}

export async function scanBeachChannels(options: ScanOptions): Promise<RadioCall[]> {
  const heard: RadioCall[] = [];
  const threshold = PRIORITY_RANK[options.minimumPriority ?? 'routine'];
  for (const channel of options.channels) {
    const result = await listenOnChannel(channel, options.dwellMs, options.signal);
    if (result.status !== 'call') continue;
    if (PRIORITY_RANK[result.call.priority] < threshold) continue;
    heard.push(result.call);
    await dispatchBoard.post(result.call);
  }
  return heard.sort((a, b) => PRIORITY_RANK[b.priority] - PRIORITY_RANK[a.priority]);
}

export function summarizeShift(calls: RadioCall[]): Record<string, { emergency: number; assist: number; routine: number }> {
  const byTower: Record<string, { emergency: number; assist: number; routine: number }> = {};
  for (const call of calls) {
    const row = (byTower[call.fromTower] ??= { emergency: 0, assist: 0, routine: 0 });
    row[call.priority] += 1;
  }
  return byTower;
}
