// expect: no-promise-as-value
// nextMaintenance is set to maintenance.nextWindow(...), an unawaited promise, so the published availability JSON carries {} instead of the maintenance window.
export interface Chair {
  id: string;
  bay: 'A' | 'B' | 'C';
  isolation: boolean;
  machineSerial: string;
}

export interface Booking {
  chairId: string;
  start: number;
  end: number;
}

export interface MaintenanceWindow {
  start: string;
  end: string;
  kind: 'disinfection' | 'machine-service' | 'water-test';
}

declare const chairs: {
  forClinic(clinicId: string): Promise<Chair[]>;
};

declare const bookings: {
  forDay(clinicId: string, day: string): Promise<Booking[]>;
};

declare const maintenance: {
  nextWindow(machineSerial: string): Promise<MaintenanceWindow | null>;
};

declare const patientPortal: {
  publishAvailability(body: Record<string, unknown>): Promise<void>;
};

const OPEN_HOUR = 6;
const CLOSE_HOUR = 22;
const SESSION_HOURS = 4;
const TURNOVER_MIN = 45;

function freeSlotsFor(chair: Chair, dayBookings: Booking[], day: string): string[] {
  const taken = dayBookings.filter((b) => b.chairId === chair.id).sort((a, b) => a.start - b.start);
  const slots: string[] = [];
  let cursor = new Date(`${day}T${String(OPEN_HOUR).padStart(2, '0')}:00:00`).getTime();
  const close = new Date(`${day}T${CLOSE_HOUR}:00:00`).getTime();
  const sessionMs = SESSION_HOURS * 3_600_000;
  const turnoverMs = TURNOVER_MIN * 60_000;

  for (const b of taken) {
    while (cursor + sessionMs <= b.start - turnoverMs) {
      slots.push(new Date(cursor).toISOString());
      cursor += sessionMs + turnoverMs;
    }
    cursor = Math.max(cursor, b.end + turnoverMs);
  }
  while (cursor + sessionMs <= close) {
    slots.push(new Date(cursor).toISOString());
    cursor += sessionMs + turnoverMs;
  }
  return slots;
}

export async function syncAvailability(clinicId: string, day: string): Promise<number> {
  const [clinicChairs, dayBookings] = await Promise.all([chairs.forClinic(clinicId), bookings.forDay(clinicId, day)]);

  const payload = {
    clinicId,
    day,
    generatedAt: new Date().toISOString(),
    chairs: clinicChairs
      .sort((a, b) => a.bay.localeCompare(b.bay) || a.id.localeCompare(b.id))
      .map((chair) => ({
        chairId: chair.id,
        bay: chair.bay,
        isolation: chair.isolation,
        freeSlots: freeSlotsFor(chair, dayBookings, day),
        nextMaintenance: maintenance.nextWindow(chair.machineSerial),
      })),
  };

  await patientPortal.publishAvailability(payload);
  return payload.chairs.reduce((n, c) => n + c.freeSlots.length, 0);
}
