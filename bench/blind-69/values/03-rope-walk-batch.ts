// expect: no-read-before-settle
// beginBatch assigns tensionLimitN inside the .then of the spec lookup but reads it synchronously right after to build the twist plan, so the plan always uses the default.
export interface BatchSpec {
  batchId: string;
  fibre: 'manila' | 'hemp' | 'sisal' | 'polyester';
  diameterMm: number;
  lengthM: number;
  strands: 3 | 4;
}

export interface TwistPlan {
  batchId: string;
  foreturnPerM: number;
  layTurnsPerM: number;
  travellerSpeedMps: number;
  tensionLimitN: number;
}

declare const fibreSpecs: {
  tensionLimit(fibre: BatchSpec['fibre'], diameterMm: number): Promise<number>;
};

declare const walkController: {
  program(walkId: string, plan: TwistPlan): void;
  start(walkId: string): void;
};

declare const shopLog: {
  warn(message: string): void;
  info(message: string): void;
};

const DEFAULT_TENSION_LIMIT_N = 4_000;

function layAngleTurns(spec: BatchSpec): number {
  const circumferenceM = (Math.PI * spec.diameterMm) / 1000;
  return 1 / (circumferenceM * Math.tan((35 * Math.PI) / 180));
}

function buildTwistPlan(spec: BatchSpec, tensionLimitN: number): TwistPlan {
  const layTurnsPerM = layAngleTurns(spec);
  const foreturnPerM = layTurnsPerM * (spec.strands === 4 ? 1.25 : 1.15);
  const heavy = tensionLimitN > 6_000;
  return {
    batchId: spec.batchId,
    foreturnPerM: Math.round(foreturnPerM * 100) / 100,
    layTurnsPerM: Math.round(layTurnsPerM * 100) / 100,
    travellerSpeedMps: heavy ? 0.25 : 0.4,
    tensionLimitN,
  };
}

export interface BatchHandle {
  batchId: string;
  walkId: string;
  plan: TwistPlan;
  startedAt: number;
}

export function beginBatch(walkId: string, spec: BatchSpec): BatchHandle {
  let tensionLimitN = DEFAULT_TENSION_LIMIT_N;
  fibreSpecs.tensionLimit(spec.fibre, spec.diameterMm).then(
    (limit) => {
      tensionLimitN = limit;
    },
    (err: unknown) => {
      shopLog.warn(`no tension spec for ${spec.fibre} ${spec.diameterMm}mm, using default: ${String(err)}`);
    },
  );

  const plan = buildTwistPlan(spec, tensionLimitN);
  walkController.program(walkId, plan);
  walkController.start(walkId);
  shopLog.info(`batch ${spec.batchId} started on ${walkId} at ${plan.travellerSpeedMps} m/s`);
  return { batchId: spec.batchId, walkId, plan, startedAt: Date.now() };
}

export function estimatedMinutes(handle: BatchHandle, spec: BatchSpec): number {
  const shrink = spec.strands === 4 ? 0.72 : 0.75;
  const walkLengthM = spec.lengthM / shrink;
  return Math.ceil(walkLengthM / handle.plan.travellerSpeedMps / 60);
}
