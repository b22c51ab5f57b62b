// expect: none
// Quota and weather lookups start early but reach Promise.all with no await in between, and the per-pot uploads are collected then awaited together.
export interface PotCatch {
  potId: string;
  lobsters: number;
  undersized: number;
  berried: number;
}

export interface TripLog {
  vessel: string;
  tripId: string;
  landedKg: number;
  quotaRemainingKg: number;
  seaState: number;
}

declare const quotaOffice: {
  remaining(vessel: string, species: 'lobster'): Promise<number>;
};

declare const metService: {
  seaState(area: string): Promise<number>;
};

declare const logbookApi: {
  uploadPot(tripId: string, pot: PotCatch): Promise<void>;
  closeTrip(log: TripLog): Promise<void>;
};

const AVG_LOBSTER_KG = 0.65;
const MAX_SEA_STATE_FOR_HAUL = 5;

export function keepers(pot: PotCatch): number {
  return Math.max(0, pot.lobsters - pot.undersized - pot.berried);
}

export async function closeOutTrip(
  vessel: string,
  tripId: string,
  area: string,
  pots: readonly PotCatch[],
): Promise<TripLog> {
  const quotaRequest = quotaOffice.remaining(vessel, 'lobster');
  const seaRequest = metService.seaState(area);

  const uploads: Promise<void>[] = [];
  let landed = 0;
  for (const pot of pots) {
    landed += keepers(pot) * AVG_LOBSTER_KG;
    uploads.push(logbookApi.uploadPot(tripId, pot));
  }

  const [quotaKg, seaState] = await Promise.all([quotaRequest, seaRequest, ...uploads]);

  const log: TripLog = {
    vessel,
    tripId,
    landedKg: Math.round(landed * 10) / 10,
    quotaRemainingKg: Math.max(0, quotaKg - landed),
    seaState,
  };
  await logbookApi.closeTrip(log);
  return log;
}

export async function canHaulTomorrow(vessel: string, area: string, plannedKg: number): Promise<boolean> {
  const [quotaKg, seaState] = await Promise.all([
    quotaOffice.remaining(vessel, 'lobster'),
    metService.seaState(area),
  ]);
  return seaState <= MAX_SEA_STATE_FOR_HAUL && quotaKg >= plannedKg;
}

export function returnRate(pots: readonly PotCatch[]): number {
  let caught = 0;
  let returned = 0;
  for (const pot of pots) {
    caught += pot.lobsters;
    returned += pot.undersized + pot.berried;
  }
  return caught === 0 ? 0 : returned / caught;
}
