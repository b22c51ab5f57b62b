// expect: none
// Worker executor settles on the first of 'message', 'error' or 'exit' and removes all three listeners, so every path settles exactly once.
import { Worker } from "node:worker_threads";
import { join } from "node:path";

export interface StampLot {
  lotId: string;
  catalogue: string;
  condition: "mint" | "hinged" | "used" | "damaged";
  perforationGauge: number;
}

export interface Appraisal {
  lotId: string;
  lowEstimate: number;
  highEstimate: number;
  confidence: number;
}

declare const marketplace: {
  publishEstimate(appraisal: Appraisal): Promise<void>;
};

const APPRAISER_SCRIPT = join(__dirname, "appraiser-worker.js");

export function appraiseInWorker(lot: StampLot): Promise<Appraisal> {
  return new Promise<Appraisal>((resolve, reject) => {
    const worker = new Worker(APPRAISER_SCRIPT, { workerData: lot });
    const onMessage = (result: Appraisal) => {
      cleanup();
      resolve(result);
      worker.terminate().catch(() => undefined);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const onExit = (code: number) => {
      cleanup();
      reject(new Error(`appraiser for ${lot.lotId} exited with code ${code} before replying`));
    };
    const cleanup = () => {
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
    };
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
  });
}

function conditionFactor(condition: StampLot["condition"]): number {
  switch (condition) {
    case "mint":
      return 1;
    case "hinged":
      return 0.7;
    case "used":
      return 0.4;
    case "damaged":
      return 0.1;
  }
}

export function quickEstimate(lot: StampLot, baseValue: number): Appraisal {
  const factor = conditionFactor(lot.condition);
  return {
    lotId: lot.lotId,
    lowEstimate: Math.round(baseValue * factor * 0.8),
    highEstimate: Math.round(baseValue * factor * 1.2),
    confidence: 0.3,
  };
}

export async function appraiseAndList(lots: StampLot[]): Promise<Appraisal[]> {
  const appraisals: Appraisal[] = [];
  for (const lot of lots) {
    const appraisal = await appraiseInWorker(lot);
    await marketplace.publishEstimate(appraisal);
    appraisals.push(appraisal);
  }
  return appraisals;
}
