// expect: no-unobserved-promise
// the ice-thickness survey is started first but only awaited after the permit and hut lookups, so an early survey failure rejects with no handler attached
export interface HutPlacement {
  hutId: string;
  lakeId: string;
  lat: number;
  lon: number;
  ownerLicense: string;
}

export interface IceSurvey {
  lakeId: string;
  thicknessCm: number;
  measuredAt: Date;
  slushLayer: boolean;
}

export interface PlacementDecision {
  hutId: string;
  approved: boolean;
  reason: string;
}

declare const dnrApi: {
  iceSurvey(lakeId: string, lat: number, lon: number): Promise<IceSurvey>;
  verifyLicense(license: string): Promise<{ valid: boolean; expires: Date }>;
};
declare const hutRegistry: {
  get(hutId: string): Promise<{ weightKg: number; vehicleAccess: boolean }>;
  recordPlacement(decision: PlacementDecision): Promise<void>;
};

const MIN_ICE_CM_WALK = 10;
const MIN_ICE_CM_HUT = 20;
const MIN_ICE_CM_VEHICLE = 30;

function requiredThickness(weightKg: number, vehicleAccess: boolean): number {
  if (vehicleAccess) return MIN_ICE_CM_VEHICLE;
  return weightKg > 600 ? MIN_ICE_CM_HUT + 5 : MIN_ICE_CM_HUT;
}

function describeIce(survey: IceSurvey): string {
  const ageHours = Math.round((Date.now() - survey.measuredAt.getTime()) / 3_600_000);
  return `${survey.thicknessCm}cm${survey.slushLayer ? " with slush" : ""}, measured ${ageHours}h ago`;
}

export async function reviewPlacement(placement: HutPlacement): Promise<PlacementDecision> {
  const surveyPending = dnrApi.iceSurvey(placement.lakeId, placement.lat, placement.lon);

  const license = await dnrApi.verifyLicense(placement.ownerLicense);
  if (!license.valid || license.expires < new Date()) {
    const decision = { hutId: placement.hutId, approved: false, reason: "license invalid or expired" };
    await hutRegistry.recordPlacement(decision);
    return decision;
  }

  const hut = await hutRegistry.get(placement.hutId);
  const needed = requiredThickness(hut.weightKg, hut.vehicleAccess);

  const survey = await surveyPending;
  const effective = survey.slushLayer ? survey.thicknessCm * 0.5 : survey.thicknessCm;

  let decision: PlacementDecision;
  if (effective < MIN_ICE_CM_WALK) {
    decision = { hutId: placement.hutId, approved: false, reason: `unsafe ice: ${describeIce(survey)}` };
  } else if (effective < needed) {
    decision = {
      hutId: placement.hutId,
      approved: false,
      reason: `needs ${needed}cm for this hut, have ${describeIce(survey)}`,
    };
  } else {
    decision = { hutId: placement.hutId, approved: true, reason: describeIce(survey) };
  }
  await hutRegistry.recordPlacement(decision);
  return decision;
}
