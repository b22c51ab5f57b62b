// expect: no-read-before-settle
// `congestion` is assigned in the feed's 'snapshot' listener but read synchronously right after subscribing, before any snapshot can arrive, so every leg gets a zero penalty.
import type { EventEmitter } from "node:events";

export interface DeliveryJob {
  jobId: string;
  pickupZone: string;
  dropZone: string;
  parcelKg: number;
  promisedBy: Date;
}

export interface PlannedLeg {
  job: DeliveryJob;
  courierId: string;
  penaltyMin: number;
  etaMin: number;
}

interface CongestionSnapshot {
  takenAt: string;
  byZone: Record<string, number>;
}

interface TrafficFeed extends EventEmitter {
  close(): void;
}

declare const traffic: {
  subscribe(city: string): TrafficFeed;
};

declare const dispatch: {
  pendingJobs(hubId: string): Promise<DeliveryJob[]>;
  availableCouriers(hubId: string): Promise<Array<{ id: string; cargo: boolean }>>;
  publishPlan(hubId: string, legs: PlannedLeg[]): Promise<void>;
};

const BASE_LEG_MIN = 18;
const CARGO_THRESHOLD_KG = 8;

export async function planRound(hubId: string, city: string): Promise<PlannedLeg[]> {
  const jobs = await dispatch.pendingJobs(hubId);
  if (jobs.length === 0) return [];

  let congestion: Record<string, number> = {};
  const feed = traffic.subscribe(city);
  feed.on("snapshot", (snap: CongestionSnapshot) => {
    congestion = snap.byZone;
  });
  feed.on("error", () => feed.close());

  const legs = jobs.map((job) => {
    const penaltyMin = (congestion[job.pickupZone] ?? 0) + (congestion[job.dropZone] ?? 0);
    return { job, penaltyMin, etaMin: BASE_LEG_MIN + penaltyMin };
  });
  legs.sort((a, b) => a.job.promisedBy.getTime() - a.etaMin * 60_000 - (b.job.promisedBy.getTime() - b.etaMin * 60_000));

  try {
    const couriers = await dispatch.availableCouriers(hubId);
    const cargo = couriers.filter((c) => c.cargo);
    const standard = couriers.filter((c) => !c.cargo);
    const planned: PlannedLeg[] = [];
    for (const leg of legs) {
      const pool = leg.job.parcelKg > CARGO_THRESHOLD_KG ? cargo : standard;
      const courier = pool.shift();
      if (!courier) continue;
      planned.push({ ...leg, courierId: courier.id });
    }
    await dispatch.publishPlan(hubId, planned);
    return planned;
  } finally {
    feed.close();
  }
}
