// expect: none
// The record lookups are stored in an array but only synchronous code runs before they are handed to Promise.all, and the reminder send that is not awaited has a .catch() attached, so every promise is observed in time.
export interface Appointment {
  horseId: string;
  yard: string;
  postcode: string;
  slot: 'am' | 'pm';
}

export interface HoofHistory {
  horseId: string;
  lastShod: string;
  intervalWeeks: number;
  remedial: boolean;
}

export interface RoundStop {
  yard: string;
  horses: string[];
  estimatedMinutes: number;
  remedialCount: number;
}

declare const records: { history(horseId: string): Promise<HoofHistory> };
declare const sms: { send(to: string, text: string): Promise<void> };
declare const yardContacts: Map<string, string>;
declare const log: { warn(msg: string, err?: unknown): void };

const MINUTES_STANDARD = 45;
const MINUTES_REMEDIAL = 75;

export async function planRound(appointments: Appointment[]): Promise<RoundStop[]> {
  const lookups = appointments.map((a) => records.history(a.horseId));

  const byYard = new Map<string, Appointment[]>();
  for (const appt of appointments) {
    const list = byYard.get(appt.yard) ?? [];
    list.push(appt);
    byYard.set(appt.yard, list);
  }
  const yardOrder = [...byYard.keys()].sort((a, b) => {
    const pa = byYard.get(a)![0].postcode;
    const pb = byYard.get(b)![0].postcode;
    return pa.localeCompare(pb);
  });

  const histories = await Promise.all(lookups);
  const historyById = new Map(histories.map((h) => [h.horseId, h]));

  return yardOrder.map((yard) => {
    const horses = byYard.get(yard)!.map((a) => a.horseId);
    const remedialCount = horses.filter((id) => historyById.get(id)?.remedial).length;
    return {
      yard,
      horses,
      remedialCount,
      estimatedMinutes: remedialCount * MINUTES_REMEDIAL + (horses.length - remedialCount) * MINUTES_STANDARD,
    };
  });
}

export async function publishRound(stops: RoundStop[], startAt: Date): Promise<Date> {
  let clock = startAt.getTime();
  for (const stop of stops) {
    const arrival = new Date(clock);
    const contact = yardContacts.get(stop.yard);
    if (contact) {
      const text = `Farrier arriving ~${arrival.toTimeString().slice(0, 5)} for ${stop.horses.length} horse(s).`;
      sms.send(contact, text).catch((err) => log.warn(`reminder to ${stop.yard} failed`, err));
    }
    clock += (stop.estimatedMinutes + 20) * 60_000;
  }
  return new Date(clock);
}
