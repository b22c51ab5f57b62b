// expect: no-read-before-settle
// measuredPf is assigned inside the power-meter callback but read right after the call, before the meter can have answered, so the quote always uses the default factor
export interface NeonRun {
  colour: "red-neon" | "blue-argon" | "white-phosphor" | "green-phosphor";
  tubeMm: 10 | 12 | 15;
  lengthFt: number;
}

export interface TransformerQuote {
  signId: string;
  kvRequired: number;
  maCurrent: number;
  transformerModel: string;
  powerFactor: number;
  estimatedWatts: number;
}

type MeterCallback = (err: Error | null, reading?: { powerFactor: number; volts: number }) => void;

declare const benchMeter: {
  measureLoad(signId: string, cb: MeterCallback): void;
};

const KV_PER_FOOT: Record<NeonRun["tubeMm"], number> = { 10: 0.55, 12: 0.45, 15: 0.38 };
const MA_FOR: Record<NeonRun["tubeMm"], number> = { 10: 20, 12: 30, 15: 30 };
const ELECTRODE_KV = 1.5;
const DEFAULT_PF = 0.5;

const CATALOGUE = [
  { model: "GTS-3030", kv: 3, ma: 30 },
  { model: "GTS-6030", kv: 6, ma: 30 },
  { model: "GTS-9030", kv: 9, ma: 30 },
  { model: "GTS-12030", kv: 12, ma: 30 },
  { model: "GTS-15030", kv: 15, ma: 30 },
];

function kvForRuns(runs: NeonRun[]): number {
  return runs.reduce((sum, run) => {
    const phosphorBoost = run.colour.endsWith("phosphor") ? 1.08 : 1;
    return sum + run.lengthFt * KV_PER_FOOT[run.tubeMm] * phosphorBoost + ELECTRODE_KV;
  }, 0);
}

function pickTransformer(kv: number, ma: number): string {
  const fit = CATALOGUE.find((t) => t.kv >= kv && t.ma >= ma);
  if (!fit) throw new Error(`no single transformer for ${kv.toFixed(1)}kV; split the sign into sections`);
  return fit.model;
}

export function quoteTransformer(signId: string, runs: NeonRun[], supplyVolts = 120): TransformerQuote {
  if (runs.length === 0) throw new Error(`sign ${signId} has no tube runs`);
  const kvRequired = kvForRuns(runs);
  const maCurrent = Math.max(...runs.map((r) => MA_FOR[r.tubeMm]));
  const transformerModel = pickTransformer(kvRequired, maCurrent);

  let measuredPf = DEFAULT_PF;
  benchMeter.measureLoad(signId, (err, reading) => {
    if (err || !reading) return;
    if (reading.powerFactor > 0 && reading.powerFactor <= 1) {
      measuredPf = reading.powerFactor;
    }
  });

  const va = (kvRequired * 1000 * maCurrent) / 1000;
  const estimatedWatts = Math.round(va * measuredPf + supplyVolts * 0.05);
  return { signId, kvRequired, maCurrent, transformerModel, powerFactor: measuredPf, estimatedWatts };
}

export function describeQuote(q: TransformerQuote): string {
  return `${q.signId}: ${q.transformerModel} (${q.kvRequired.toFixed(1)}kV @ ${q.maCurrent}mA), ~${q.estimatedWatts}W at PF ${q.powerFactor}`;
}
