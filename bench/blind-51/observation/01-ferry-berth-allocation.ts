// expect: no-unobserved-promise
// allocateBerth starts the ice survey fetch first but only awaits it after two other awaits; if it rejects meanwhile it is an unhandled rejection.
export interface FerryArrival {
  vesselId: string;
  lengthM: number;
  draughtM: number;
  etaIso: string;
  passengers: number;
}

export interface IceSurvey {
  berthId: string;
  floeCoverPercent: number;
  calvingRisk: 'low' | 'moderate' | 'high';
}

export interface BerthAllocation {
  vesselId: string;
  berthId: string;
  tugRequired: boolean;
  gangwayCrew: number;
}

declare const harbourMaster: {
  freeBerths(etaIso: string): Promise<Array<{ berthId: string; maxLengthM: number; depthM: number }>>;
  reserve(berthId: string, vesselId: string, etaIso: string): Promise<void>;
  release(berthId: string, vesselId: string): Promise<void>;
};
declare const glaciology: {
  latestSurvey(fjord: string): Promise<IceSurvey[]>;
};
declare const crewRoster: {
  available(etaIso: string): Promise<number>;
};
declare const portLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
};

const FJORD = 'inner-sound';
const UNDER_KEEL_CLEARANCE_M = 1.5;

export async function allocateBerth(arrival: FerryArrival): Promise<BerthAllocation> {
  const surveyRequest = glaciology.latestSurvey(FJORD);

  const berths = await harbourMaster.freeBerths(arrival.etaIso);
  const suitable = berths
    .filter((b) => b.maxLengthM >= arrival.lengthM)
    .filter((b) => b.depthM >= arrival.draughtM + UNDER_KEEL_CLEARANCE_M)
    .sort((a, b) => a.maxLengthM - b.maxLengthM);
  if (suitable.length === 0) {
    throw new Error(`no free berth fits ${arrival.vesselId} at ${arrival.etaIso}`);
  }

  const crewAvailable = await crewRoster.available(arrival.etaIso);
  const gangwayCrew = Math.min(crewAvailable, Math.ceil(arrival.passengers / 80) + 1);

  const surveys = await surveyRequest;
  const risk = new Map(surveys.map((s) => [s.berthId, s]));
  const chosen = suitable.find((b) => risk.get(b.berthId)?.calvingRisk !== 'high');
  if (!chosen) {
    throw new Error(`all fitting berths have high calving risk for ${arrival.vesselId}`);
  }

  await harbourMaster.reserve(chosen.berthId, arrival.vesselId, arrival.etaIso);
  const floe = risk.get(chosen.berthId)?.floeCoverPercent ?? 0;
  const allocation: BerthAllocation = {
    vesselId: arrival.vesselId,
    berthId: chosen.berthId,
    tugRequired: floe > 30 || arrival.lengthM > 90,
    gangwayCrew,
  };
  portLog.info('berth allocated', { ...allocation, floe });
  return allocation;
}

export async function reallocate(previous: BerthAllocation, arrival: FerryArrival): Promise<BerthAllocation> {
  await harbourMaster.release(previous.berthId, previous.vesselId);
  return allocateBerth(arrival);
}
