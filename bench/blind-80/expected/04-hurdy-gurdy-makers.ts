// expect: no-reused-settled-promise
// fetchWheelSpec starts one catalogue request and awaits that same promise on every retry, so a failed request is never actually re-sent.
import { setTimeout as delay } from 'node:timers/promises';

export interface WheelSpec {
  modelId: string;
  diameterMm: number;
  rosinGrade: 'light' | 'dark';
  chanterStrings: number;
  droneStrings: number;
}

export interface BuildOrder {
  orderId: string;
  modelId: string;
  tangentCount: number;
  woods: { soundboard: string; body: string };
}

export interface CutList {
  orderId: string;
  wheelBlankMm: number;
  tangents: number;
  strings: number;
  rosin: WheelSpec['rosinGrade'];
  notes: string[];
}

declare const patternCatalogue: {
  getWheelSpec(modelId: string): Promise<WheelSpec>;
};

declare const workshopQueue: {
  enqueue(cutList: CutList): Promise<{ position: number }>;
};

async function fetchWheelSpec(modelId: string, attempts = 3): Promise<WheelSpec> {
  const request = patternCatalogue.getWheelSpec(modelId);
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await request;
    } catch (err) {
      lastError = err;
      await delay(250 * 2 ** (attempt - 1));
    }
  }
  throw new Error(`pattern catalogue unavailable for ${modelId}`, { cause: lastError });
}

function buildCutList(order: BuildOrder, spec: WheelSpec): CutList {
  const notes: string[] = [];
  // Leave 6mm on the blank for truing the wheel on the lathe.
  const wheelBlankMm = spec.diameterMm + 6;
  if (order.woods.soundboard === 'spruce' && spec.droneStrings > 3) {
    notes.push('brace soundboard under the drone bridge');
  }
  if (order.tangentCount < 23) {
    notes.push(`only ${order.tangentCount} tangents: check keybox length against pattern`);
  }
  if (order.woods.body === 'maple' && spec.rosinGrade === 'dark') {
    notes.push('dark rosin on maple bodies: mask the wheel well before oiling');
  }
  return {
    orderId: order.orderId,
    wheelBlankMm,
    tangents: order.tangentCount * 2,
    strings: spec.chanterStrings + spec.droneStrings,
    rosin: spec.rosinGrade,
    notes,
  };
}

export async function scheduleBuild(order: BuildOrder): Promise<{ position: number; cutList: CutList }> {
  const spec = await fetchWheelSpec(order.modelId);
  const cutList = buildCutList(order, spec);
  const { position } = await workshopQueue.enqueue(cutList);
  return { position, cutList };
}
