// expect: no-promise-as-value
// nightlySelfTest filters on !rig.lampIntact(...) without awaiting, and a Promise is always truthy, so no signal is ever reported with a failed lamp.
export type Aspect = 'red' | 'yellow' | 'green' | 'lunar-white';

export interface SignalHead {
  signalId: string;
  line: string;
  aspects: Aspect[];
  hasTrainStop: boolean;
}

export interface SelfTestReport {
  line: string;
  tested: number;
  lampFailures: string[];
  trainStopFailures: string[];
  slowDetection: Array<{ signalId: string; ms: number }>;
}

declare const testRig: {
  lampIntact(signalId: string, aspect: Aspect): Promise<boolean>;
  trainStopRaised(signalId: string): boolean;
  occupy(trackCircuit: string): Promise<void>;
  release(trackCircuit: string): Promise<void>;
  aspectDropTimeMs(signalId: string): Promise<number>;
};
declare const signalRegistry: { headsOn(line: string): Promise<SignalHead[]>; trackCircuitFor(signalId: string): string };
declare const maintenanceQueue: { raise(signalId: string, fault: string): Promise<void> };

const DETECTION_LIMIT_MS = 800;

async function detectionTimes(heads: SignalHead[]): Promise<Array<{ signalId: string; ms: number }>> {
  const out: Array<{ signalId: string; ms: number }> = [];
  for (const head of heads) {
    const circuit = signalRegistry.trackCircuitFor(head.signalId);
    await testRig.occupy(circuit);
    try {
      out.push({ signalId: head.signalId, ms: await testRig.aspectDropTimeMs(head.signalId) });
    } finally {
      await testRig.release(circuit);
    }
  }
  return out;
}

export async function nightlySelfTest(line: string): Promise<SelfTestReport> {
  const heads = await signalRegistry.headsOn(line);

  const lampFailures = heads
    .flatMap((head) => head.aspects.map((aspect) => ({ head, aspect })))
    .filter(({ head, aspect }) => !testRig.lampIntact(head.signalId, aspect))
    .map(({ head, aspect }) => `${head.signalId}:${aspect}`);

  const trainStopFailures = heads
    .filter((head) => head.hasTrainStop && !testRig.trainStopRaised(head.signalId))
    .map((head) => head.signalId);

  const slowDetection = (await detectionTimes(heads)).filter((d) => d.ms > DETECTION_LIMIT_MS);

  for (const fault of lampFailures) {
    const [signalId, aspect] = fault.split(':');
    await maintenanceQueue.raise(signalId, `${aspect} lamp failed self-test`);
  }
  for (const signalId of trainStopFailures) {
    await maintenanceQueue.raise(signalId, 'train stop not raised at danger');
  }
  for (const slow of slowDetection) {
    await maintenanceQueue.raise(slow.signalId, `aspect dropped after ${slow.ms} ms`);
  }

  return { line, tested: heads.length, lampFailures, trainStopFailures, slowDetection };
}
