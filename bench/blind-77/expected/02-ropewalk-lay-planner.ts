// expect: no-uncalled-async-function
// Bug: Promise.all receives refreshFibreGrades itself instead of refreshFibreGrades(), so the grade cache is never refreshed before planning.
export interface StrandSpec {
  fibre: 'manila' | 'hemp' | 'sisal' | 'coir';
  yarnsPerStrand: number;
  yarnTexTex: number;
}

export interface LayPlan {
  walkId: string;
  strands: number;
  lengthM: number;
  forehardTwist: number;
  afterhardTwist: number;
  expectedBreakKn: number;
}

interface FibreGrade {
  fibre: StrandSpec['fibre'];
  tenacityCnPerTex: number;
  shrinkagePct: number;
}

declare const ropewalkApi: {
  spindleCalibration(walkId: string): Promise<{ walkId: string; lengthM: number; twistFactor: number }>;
  fibreGrades(): Promise<FibreGrade[]>;
};

const gradeCache = new Map<StrandSpec['fibre'], FibreGrade>();
const calibrationCache = new Map<string, { lengthM: number; twistFactor: number }>();

async function refreshFibreGrades(): Promise<void> {
  const grades = await ropewalkApi.fibreGrades();
  gradeCache.clear();
  for (const g of grades) gradeCache.set(g.fibre, g);
}

async function loadSpindleCalibration(walkId: string): Promise<void> {
  const cal = await ropewalkApi.spindleCalibration(walkId);
  calibrationCache.set(walkId, { lengthM: cal.lengthM, twistFactor: cal.twistFactor });
}

function gradeFor(fibre: StrandSpec['fibre']): FibreGrade {
  const grade = gradeCache.get(fibre);
  if (!grade) throw new Error(`no tenacity data for ${fibre}`);
  return grade;
}

export async function planLay(walkId: string, spec: StrandSpec, strands = 3): Promise<LayPlan> {
  await Promise.all([loadSpindleCalibration(walkId), refreshFibreGrades]);

  const cal = calibrationCache.get(walkId);
  if (!cal) throw new Error(`walk ${walkId} has no spindle calibration`);

  const grade = gradeFor(spec.fibre);
  const strandTex = spec.yarnsPerStrand * spec.yarnTexTex;
  // Break strength falls off with twist; 0.8 is the customary lay efficiency for hawser-laid rope.
  const breakN = strands * strandTex * grade.tenacityCnPerTex * 0.01 * 0.8;
  const shrink = 1 - grade.shrinkagePct / 100;

  return {
    walkId,
    strands,
    lengthM: Math.floor(cal.lengthM * shrink * 0.75),
    forehardTwist: Math.round(cal.twistFactor * Math.sqrt(strandTex) * 10) / 10,
    afterhardTwist: Math.round(cal.twistFactor * Math.sqrt(strandTex) * 0.85 * 10) / 10,
    expectedBreakKn: Math.round(breakN / 100) / 10,
  };
}

export async function planOrder(
  walkId: string,
  items: Array<{ spec: StrandSpec; strands: number; quantity: number }>,
): Promise<LayPlan[]> {
  const plans: LayPlan[] = [];
  for (const item of items) {
    const plan = await planLay(walkId, item.spec, item.strands);
    for (let i = 0; i < item.quantity; i++) plans.push(plan);
  }
  return plans;
}

export function describePlan(plan: LayPlan): string {
  return [
    `${plan.strands}-strand on walk ${plan.walkId}`,
    `${plan.lengthM} m finished`,
    `forehard ${plan.forehardTwist} tpm / afterhard ${plan.afterhardTwist} tpm`,
    `break ≈ ${plan.expectedBreakKn} kN`,
  ].join(', ');
}
