// expect: none
// The winds request is started early but given fulfilment and rejection handlers at once, so the stored promise can never reject unobserved.
export interface SurfaceWinds {
  mastId: string;
  speedKts: number;
  gustKts: number;
  directionDeg: number;
}

export interface ApproachBriefing {
  mastId: string;
  slot: { from: Date; to: Date };
  approachHeadingDeg: number | null;
  windNote: string;
  crewRequired: number;
}

declare const weather: {
  surfaceWinds(mastId: string): Promise<SurfaceWinds>;
};

declare const mastRegistry: {
  claimSlot(mastId: string, airshipId: string): Promise<{ from: Date; to: Date }>;
  groundCrewOnDuty(mastId: string): Promise<number>;
};

type WindResult = { ok: true; winds: SurfaceWinds } | { ok: false; error: unknown };

const MAX_GUST_KTS = 28;

function headingInto(winds: SurfaceWinds): number {
  return Math.round(winds.directionDeg) % 360;
}

export async function prepareApproach(mastId: string, airshipId: string): Promise<ApproachBriefing> {
  const windLookup: Promise<WindResult> = weather.surfaceWinds(mastId).then(
    (winds) => ({ ok: true as const, winds }),
    (error: unknown) => ({ ok: false as const, error }),
  );

  const slot = await mastRegistry.claimSlot(mastId, airshipId);
  const crewOnDuty = await mastRegistry.groundCrewOnDuty(mastId);
  const wind = await windLookup;

  if (!wind.ok) {
    return {
      mastId,
      slot,
      approachHeadingDeg: null,
      windNote: `winds unavailable (${String(wind.error)}); visual approach only`,
      crewRequired: Math.max(crewOnDuty, 8),
    };
  }

  const { winds } = wind;
  if (winds.gustKts > MAX_GUST_KTS) {
    return {
      mastId,
      slot,
      approachHeadingDeg: null,
      windNote: `gusts ${winds.gustKts}kts exceed ${MAX_GUST_KTS}kts; hold at altitude`,
      crewRequired: 0,
    };
  }

  return {
    mastId,
    slot,
    approachHeadingDeg: headingInto(winds),
    windNote: `${winds.speedKts}kts from ${winds.directionDeg}°, gusting ${winds.gustKts}kts`,
    crewRequired: winds.speedKts > 15 ? 10 : 6,
  };
}
