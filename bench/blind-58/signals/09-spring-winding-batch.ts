// expect: require-signal-propagation
// The job handler receives an AbortSignal from the runner but never checks or forwards it, so cancelling a batch keeps winding every remaining spring.
export interface Spring {
  id: string;
  turns: number;
  wireGauge: number;
  targetTorqueNmm: number;
}

export interface SpringBatch {
  batchId: string;
  toyModel: string;
  springs: Spring[];
}

export interface WindReport {
  batchId: string;
  wound: number;
  rejected: Array<{ springId: string; torqueNmm: number }>;
}

export type JobHandler<In, Out> = (input: In, signal: AbortSignal) => Promise<Out>;

declare const windingStation: {
  mount(springId: string, wireGauge: number): Promise<void>;
  wind(springId: string, turns: number): Promise<number>;
  unmount(springId: string): Promise<void>;
};

declare const qa: {
  record(batchId: string, springId: string, torqueNmm: number, passed: boolean): Promise<void>;
};

declare const jobRunner: {
  register<In, Out>(name: string, handler: JobHandler<In, Out>): void;
};

const TORQUE_TOLERANCE = 0.08;

function withinTolerance(measured: number, target: number): boolean {
  return Math.abs(measured - target) / target <= TORQUE_TOLERANCE;
}

export const windSpringBatch: JobHandler<SpringBatch, WindReport> = async (batch, signal) => {
  const rejected: WindReport["rejected"] = [];
  let wound = 0;

  for (const spring of batch.springs) {
    await windingStation.mount(spring.id, spring.wireGauge);
    let torque: number;
    try {
      torque = await windingStation.wind(spring.id, spring.turns);
    } finally {
      await windingStation.unmount(spring.id);
    }

    const passed = withinTolerance(torque, spring.targetTorqueNmm);
    await qa.record(batch.batchId, spring.id, torque, passed);
    if (passed) {
      wound += 1;
    } else {
      rejected.push({ springId: spring.id, torqueNmm: torque });
    }
  }

  return { batchId: batch.batchId, wound, rejected };
};

export function registerWindingJobs(): void {
  jobRunner.register("wind-spring-batch", windSpringBatch);
}
