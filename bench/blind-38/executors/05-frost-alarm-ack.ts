// expect: none
// waitForAck resolves exactly once: either the matching 'ack' event or the timer wins, and cleanup clears the timer and removes the listener.
export interface FrostAlarm {
  alarmId: string;
  block: string;
  airTempC: number;
  leafWetness: number;
  raisedAt: string;
}

export interface AckDetail {
  alarmId: string;
  growerId: string;
  at: string;
  action: 'fans' | 'sprinklers' | 'heaters' | 'monitor';
}

export type AckResult =
  | { acknowledged: true; growerId: string; action: AckDetail['action']; waitedMs: number }
  | { acknowledged: false; waitedMs: number };

declare const pagerBus: EventTarget & {
  page(growerId: string, alarm: FrostAlarm): void;
};
declare const onCallRota: { chainFor(block: string, at: Date): string[] };
declare const alarmJournal: { write(alarmId: string, entry: Record<string, unknown>): Promise<void> };

const ACK_TIMEOUT_MS = 4 * 60_000;

export function waitForAck(alarmId: string, timeoutMs: number): Promise<AckResult> {
  const started = Date.now();
  return new Promise<AckResult>((resolve) => {
    const cleanup = () => {
      clearTimeout(timer);
      pagerBus.removeEventListener('ack', onAck);
    };
    const onAck = (event: Event) => {
      const detail = (event as CustomEvent<AckDetail>).detail;
      if (!detail || detail.alarmId !== alarmId) {
        return;
      }
      cleanup();
      resolve({ acknowledged: true, growerId: detail.growerId, action: detail.action, waitedMs: Date.now() - started });
    };
    const timer = setTimeout(() => {
      cleanup();
      resolve({ acknowledged: false, waitedMs: Date.now() - started });
    }, timeoutMs);
    pagerBus.addEventListener('ack', onAck);
  });
}

export function severity(alarm: FrostAlarm): 'watch' | 'warning' | 'critical' {
  if (alarm.airTempC <= -2 || (alarm.airTempC <= -1 && alarm.leafWetness > 0.6)) return 'critical';
  if (alarm.airTempC <= 0.5) return 'warning';
  return 'watch';
}

export async function escalate(alarm: FrostAlarm, now = new Date()): Promise<AckResult> {
  const chain = onCallRota.chainFor(alarm.block, now);
  const perStepMs = severity(alarm) === 'critical' ? ACK_TIMEOUT_MS / 2 : ACK_TIMEOUT_MS;
  let last: AckResult = { acknowledged: false, waitedMs: 0 };

  for (const growerId of chain) {
    pagerBus.page(growerId, alarm);
    last = await waitForAck(alarm.alarmId, perStepMs);
    await alarmJournal.write(alarm.alarmId, { paged: growerId, ...last });
    if (last.acknowledged) {
      return last;
    }
  }
  await alarmJournal.write(alarm.alarmId, { exhausted: chain.length, block: alarm.block });
  return last;
}
