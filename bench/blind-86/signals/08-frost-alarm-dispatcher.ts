// expect: none
// The per-channel catch swallows only delivery failures: it rethrows as soon as the dispatch signal is aborted, so a cancelled alarm run still stops with its AbortError.
export type Channel = 'sms' | 'voice' | 'siren';

export interface Grower {
  name: string;
  phone: string;
  blocks: string[];
  channels: Channel[];
}

export interface FrostAlarm {
  blockId: string;
  tempC: number;
  trend: 'falling' | 'steady';
  raisedAt: Date;
}

declare const gateway: {
  sms(phone: string, text: string, opts: { signal: AbortSignal }): Promise<void>;
  call(phone: string, script: string, opts: { signal: AbortSignal }): Promise<void>;
};
declare const sirens: { sound(blockId: string, seconds: number, opts: { signal: AbortSignal }): Promise<void> };

async function deliver(channel: Channel, grower: Grower, alarm: FrostAlarm, signal: AbortSignal): Promise<void> {
  const text = `FROST ${alarm.blockId}: ${alarm.tempC.toFixed(1)}C and ${alarm.trend}. Start fans/sprinklers.`;
  switch (channel) {
    case 'sms':
      return gateway.sms(grower.phone, text, { signal });
    case 'voice':
      return gateway.call(grower.phone, text, { signal });
    case 'siren':
      return sirens.sound(alarm.blockId, 90, { signal });
  }
}

export async function dispatchAlarm(
  alarm: FrostAlarm,
  growers: Grower[],
  signal: AbortSignal,
): Promise<{ delivered: number; failed: string[] }> {
  const failed: string[] = [];
  let delivered = 0;

  for (const grower of growers.filter((g) => g.blocks.includes(alarm.blockId))) {
    for (const channel of grower.channels) {
      try {
        await deliver(channel, grower, alarm, signal);
        delivered++;
        break; // one successful channel per grower is enough
      } catch (err) {
        if (signal.aborted) throw err;
        failed.push(`${grower.name}/${channel}: ${(err as Error).message}`);
      }
    }
  }
  return { delivered, failed };
}

export function alarmWithDeadline(alarm: FrostAlarm, growers: Grower[], cancelAll: AbortSignal) {
  // A frost alarm that has not gone out within two minutes is stale; the next reading will re-raise it.
  const signal = AbortSignal.any([cancelAll, AbortSignal.timeout(120_000)]);
  return dispatchAlarm(alarm, growers, signal);
}
