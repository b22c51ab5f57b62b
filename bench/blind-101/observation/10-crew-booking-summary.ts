// expect: none
// The roster prefetch is converted into a settled-result object with .then(onOk, onErr) at the moment it starts, so the stored promise can never reject while the weather and shed lookups are awaited, and the error is still reported afterwards.
export interface CrewMember {
  name: string;
  role: 'shearer' | 'rousie' | 'presser' | 'cook';
}

export interface ShedBooking {
  farm: string;
  shedStands: number;
  mobSize: number;
  date: string;
}

export interface Forecast {
  rainMm: number;
  windKph: number;
}

export interface CrewServices {
  roster(crewId: string): Promise<CrewMember[]>;
  forecast(farm: string, date: string): Promise<Forecast>;
  booking(bookingId: string): Promise<ShedBooking>;
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

export interface DaySummary {
  farm: string;
  date: string;
  shearers: number;
  standsIdle: number;
  expectedDays: number;
  woolDry: boolean;
  warnings: string[];
}

const SHEEP_PER_SHEARER_PER_DAY = 180;

export async function summariseDay(svc: CrewServices, crewId: string, bookingId: string): Promise<DaySummary> {
  const rosterP: Promise<Settled<CrewMember[]>> = svc.roster(crewId).then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, error }),
  );

  const booking = await svc.booking(bookingId);
  const forecast = await svc.forecast(booking.farm, booking.date);
  const roster = await rosterP;

  const warnings: string[] = [];
  let shearers = 0;
  if (roster.ok) {
    shearers = roster.value.filter((m) => m.role === 'shearer').length;
    if (!roster.value.some((m) => m.role === 'presser')) warnings.push('no presser rostered');
  } else {
    warnings.push(`roster unavailable: ${String(roster.error)}`);
  }

  const woolDry = forecast.rainMm < 1;
  if (!woolDry) warnings.push(`${forecast.rainMm} mm rain forecast; sheep must be shedded overnight`);

  const working = Math.min(shearers, booking.shedStands);
  return {
    farm: booking.farm,
    date: booking.date,
    shearers,
    standsIdle: Math.max(0, booking.shedStands - shearers),
    expectedDays: working === 0 ? Infinity : Math.ceil(booking.mobSize / (working * SHEEP_PER_SHEARER_PER_DAY)),
    woolDry,
    warnings,
  };
}
