// expect: none
// lastPosition and calibrationAgeH are written in callbacks but read only after awaiting the promise those callbacks belong to, so the writes have happened by then.
export interface SlotAssignment {
  obsId: string;
  dish: string;
  startsAt: string;
  durationMin: number;
}

export interface QueueProgress {
  obsId: string;
  position: number;
}

export interface ScheduledObservation extends SlotAssignment {
  waitedBehind: number;
  calibrationAgeH: number;
  recalibrate: boolean;
}

declare const queueEvents: EventTarget;
declare const queueApi: {
  awaitAssignment(obsId: string, options: { signal?: AbortSignal }): Promise<SlotAssignment>;
};
declare const receivers: {
  lastCalibration(dish: string, band: string): Promise<{ at: number; tsysK: number }>;
};

const MAX_CALIBRATION_AGE_H = 12;

export class SlotWatcher {
  private readonly assignments = new Map<string, ScheduledObservation>();

  constructor(private readonly band: string, private readonly waitLimitMs = 6 * 3_600_000) {}

  private async assignmentFor(obsId: string): Promise<SlotAssignment & { waitedBehind: number }> {
    let lastPosition: number | undefined;
    const onProgress = (event: Event) => {
      const detail = (event as CustomEvent<QueueProgress>).detail;
      if (detail.obsId === obsId) lastPosition = detail.position;
    };
    queueEvents.addEventListener('progress', onProgress);
    try {
      const assignment = await queueApi.awaitAssignment(obsId, { signal: AbortSignal.timeout(this.waitLimitMs) });
      return { ...assignment, waitedBehind: lastPosition ?? 0 };
    } finally {
      queueEvents.removeEventListener('progress', onProgress);
    }
  }

  async schedule(obsId: string): Promise<ScheduledObservation> {
    const cached = this.assignments.get(obsId);
    if (cached) return cached;

    const assignment = await this.assignmentFor(obsId);

    let calibrationAgeH = Number.POSITIVE_INFINITY;
    const calibration = receivers.lastCalibration(assignment.dish, this.band).then((cal) => {
      calibrationAgeH = (Date.parse(assignment.startsAt) - cal.at) / 3_600_000;
      return cal;
    });
    const { tsysK } = await calibration;

    const scheduled: ScheduledObservation = {
      ...assignment,
      calibrationAgeH: Math.round(calibrationAgeH * 10) / 10,
      recalibrate: calibrationAgeH > MAX_CALIBRATION_AGE_H || tsysK > 60,
    };
    this.assignments.set(obsId, scheduled);
    return scheduled;
  }

  upcoming(now: Date): ScheduledObservation[] {
    return [...this.assignments.values()]
      .filter((obs) => Date.parse(obs.startsAt) >= now.getTime())
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  }

  dishLoad(): Map<string, number> {
    const minutes = new Map<string, number>();
    for (const obs of this.assignments.values()) {
      minutes.set(obs.dish, (minutes.get(obs.dish) ?? 0) + obs.durationMin);
    }
    return minutes;
  }
}
