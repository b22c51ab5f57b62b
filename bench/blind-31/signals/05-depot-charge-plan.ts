// expect: no-leaked-race
// The race against a timers/promises sleep never cancels the sleep or the negotiation, so the loser keeps running after the race settles.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Bus {
  busId: string;
  bay: number;
  socPercent: number;
  batteryKwh: number;
  departsAt: Date;
}

export interface ChargeSlot {
  busId: string;
  chargerId: string;
  startAt: Date;
  kw: number;
}

declare const chargerNetwork: {
  negotiate(chargerId: string, busId: string): Promise<{ maxKw: number }>;
  freeChargers(depotId: string): Promise<string[]>;
};
declare const gridLimits: { depotCapKw(depotId: string, at: Date): Promise<number> };
declare const depotLog: { warn(msg: string, meta?: object): void };

const NEGOTIATE_TIMEOUT_MS = 6_000;

async function negotiateOrTimeout(chargerId: string, busId: string): Promise<{ maxKw: number } | undefined> {
  const outcome = await Promise.race([
    chargerNetwork.negotiate(chargerId, busId),
    sleep(NEGOTIATE_TIMEOUT_MS).then(() => 'timeout' as const),
  ]);
  if (outcome === 'timeout') {
    depotLog.warn('charger handshake timed out', { chargerId, busId });
    return undefined;
  }
  return outcome;
}

function energyNeededKwh(bus: Bus, targetSoc = 95): number {
  return Math.max(0, ((targetSoc - bus.socPercent) / 100) * bus.batteryKwh);
}

export async function planDepotCharging(depotId: string, buses: Bus[], windowStart: Date): Promise<ChargeSlot[]> {
  const chargers = await chargerNetwork.freeChargers(depotId);
  let capKw = await gridLimits.depotCapKw(depotId, windowStart);
  const queue = [...buses].sort((a, b) => a.departsAt.getTime() - b.departsAt.getTime());
  const slots: ChargeSlot[] = [];

  for (const bus of queue) {
    const chargerId = chargers.shift();
    if (!chargerId) break;
    if (energyNeededKwh(bus) === 0) {
      chargers.unshift(chargerId);
      continue;
    }
    const session = await negotiateOrTimeout(chargerId, bus.busId);
    if (!session) {
      chargers.push(chargerId);
      continue;
    }
    const kw = Math.min(session.maxKw, capKw);
    if (kw <= 0) break;
    capKw -= kw;
    slots.push({ busId: bus.busId, chargerId, startAt: windowStart, kw });
  }
  return slots;
}
