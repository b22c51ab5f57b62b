// expect: no-read-before-settle
// etaMinutes is updated in the routing .then callback, but acceptJob reads it synchronously to build the customer SMS and the returned booking, so the fallback 45 is always used.
export interface JobRequest {
  jobId: string;
  customerPhone: string;
  address: string;
  lat: number;
  lng: number;
  lockType: 'euro-cylinder' | 'mortice' | 'padlock' | 'vehicle';
}

export interface Van {
  techId: string;
  techName: string;
  lat: number;
  lng: number;
  stocked: Array<JobRequest['lockType']>;
}

export interface Booking {
  jobId: string;
  techId: string;
  etaMinutes: number;
  quotedCallOutPence: number;
}

declare const routing: {
  driveTime(from: { lat: number; lng: number }, to: { lat: number; lng: number }): Promise<{ minutes: number }>;
};
declare const sms: { send(to: string, body: string): Promise<void> };
declare const bookings: { save(booking: Booking): Promise<void> };
declare const log: { warn(msg: string): void };

const FALLBACK_ETA_MINUTES = 45;
const CALL_OUT_PENCE: Record<JobRequest['lockType'], number> = {
  'euro-cylinder': 8_500,
  mortice: 9_500,
  padlock: 6_000,
  vehicle: 12_000,
};

function straightLineKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const kmPerDegLat = 111.32;
  const kmPerDegLng = 111.32 * Math.cos((a.lat * Math.PI) / 180);
  return Math.hypot((b.lat - a.lat) * kmPerDegLat, (b.lng - a.lng) * kmPerDegLng);
}

export function nearestStockedVan(job: JobRequest, vans: Van[]): Van | undefined {
  return vans
    .filter((v) => v.stocked.includes(job.lockType))
    .sort((a, b) => straightLineKm(a, job) - straightLineKm(b, job))[0];
}

function afterHoursSurcharge(now: Date): number {
  const hour = now.getHours();
  return hour < 7 || hour >= 20 ? 1.5 : 1;
}

export async function acceptJob(job: JobRequest, vans: Van[]): Promise<Booking> {
  const van = nearestStockedVan(job, vans);
  if (!van) throw new Error(`no van stocked for ${job.lockType} near ${job.address}`);

  let etaMinutes = FALLBACK_ETA_MINUTES;
  routing
    .driveTime(van, job)
    .then(({ minutes }) => {
      etaMinutes = Math.ceil(minutes) + 5;
    })
    .catch((err: unknown) => log.warn(`routing failed for ${job.jobId}: ${String(err)}`));

  const booking: Booking = {
    jobId: job.jobId,
    techId: van.techId,
    etaMinutes,
    quotedCallOutPence: Math.round(CALL_OUT_PENCE[job.lockType] * afterHoursSurcharge(new Date())),
  };
  await sms.send(
    job.customerPhone,
    `${van.techName} is on the way, about ${etaMinutes} min. Call-out £${(booking.quotedCallOutPence / 100).toFixed(2)}.`,
  );
  await bookings.save(booking);
  return booking;
}
