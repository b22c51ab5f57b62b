// expect: no-floating-promises
// The async callback passed to Map.forEach is never awaited, so publishSchedule marks the day published before any pilot is notified and a failed push notification surfaces as an unhandled rejection.
export interface FieldSlot {
  field: 'north-meadow' | 'beach' | 'dunes';
  pilotId: string;
  kiteName: string;
  start: string;
  end: string;
}

export interface Pilot {
  id: string;
  displayName: string;
  deviceToken: string | null;
  email: string;
}

export interface PilotRegistry {
  pilot(id: string): Promise<Pilot>;
  markPublished(day: string, slotCount: number): Promise<void>;
}

export interface PushService {
  push(deviceToken: string, title: string, body: string): Promise<void>;
}

export interface EmailService {
  send(to: string, subject: string, body: string): Promise<void>;
}

function groupByPilot(slots: FieldSlot[]): Map<string, FieldSlot[]> {
  const grouped = new Map<string, FieldSlot[]>();
  for (const slot of slots) {
    const list = grouped.get(slot.pilotId) ?? [];
    list.push(slot);
    grouped.set(slot.pilotId, list);
  }
  return grouped;
}

function describeSlots(slots: FieldSlot[]): string {
  return slots
    .slice()
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((s) => `${s.start}–${s.end} ${s.kiteName} @ ${s.field}`)
    .join('\n');
}

export async function publishSchedule(
  day: string,
  slots: FieldSlot[],
  registry: PilotRegistry,
  push: PushService,
  email: EmailService,
): Promise<void> {
  const byPilot = groupByPilot(slots);

  byPilot.forEach(async (pilotSlots, pilotId) => {
    const pilot = await registry.pilot(pilotId);
    const body = describeSlots(pilotSlots);
    if (pilot.deviceToken) {
      await push.push(pilot.deviceToken, `Your flying slots for ${day}`, body);
    } else {
      await email.send(pilot.email, `Kite festival – your slots for ${day}`, `Hi ${pilot.displayName},\n\n${body}`);
    }
  });

  await registry.markPublished(day, slots.length);
}
