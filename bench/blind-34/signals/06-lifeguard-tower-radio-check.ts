// expect: none
// The race between the radio reply and the deadline clears its timer and aborts the pending request in finally, so neither loser keeps running.
import { EventEmitter, once } from "node:events";

export interface RadioAck {
  towerId: string;
  guard: string;
  signalStrength: number;
}

declare const radioNet: EventEmitter & {
  call(towerId: string): void;
};

declare const dispatchLog: {
  missedCheck(towerId: string, at: Date): Promise<void>;
};

export async function radioCheck(towerId: string, deadlineMs = 8_000): Promise<RadioAck | null> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), deadlineMs);
  });
  const ackWait = (async () => {
    while (true) {
      const [ack] = (await once(radioNet, "ack", { signal: controller.signal })) as [RadioAck];
      if (ack.towerId === towerId) return ack;
    }
  })();
  ackWait.catch(() => undefined);
  try {
    radioNet.call(towerId);
    return await Promise.race([ackWait, deadline]);
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

export async function hourlyRadioSweep(towerIds: string[]): Promise<Map<string, RadioAck | null>> {
  const results = new Map<string, RadioAck | null>();
  for (const towerId of towerIds) {
    const ack = await radioCheck(towerId);
    results.set(towerId, ack);
    if (!ack) await dispatchLog.missedCheck(towerId, new Date());
  }
  return results;
}

export function weakLinks(results: Map<string, RadioAck | null>, threshold = 2): string[] {
  const weak: string[] = [];
  for (const [towerId, ack] of results) {
    if (ack && ack.signalStrength < threshold) weak.push(towerId);
  }
  return weak;
}

export function silentTowers(results: Map<string, RadioAck | null>): string[] {
  return [...results].filter(([, ack]) => ack === null).map(([id]) => id);
}
