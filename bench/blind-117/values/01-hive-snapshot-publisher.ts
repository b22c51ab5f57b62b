// expect: none
// Every asynchronous sensor read is awaited before its value is placed in the published message, so the bus receives plain numbers rather than promises.
export interface HiveScale {
  readWeightKg(hiveId: string): Promise<number>;
}

export interface AcousticProbe {
  dominantFrequencyHz(hiveId: string, windowS: number): Promise<number>;
  soundLevelDb(hiveId: string): Promise<number>;
}

export interface MessageBus {
  publish(topic: string, payload: Record<string, unknown>): Promise<void>;
}

export interface HiveSnapshot {
  hiveId: string;
  weightKg: number;
  dominantHz: number;
  levelDb: number;
  swarmSuspected: boolean;
  takenAt: string;
}

const SWARM_BAND_HZ: [number, number] = [400, 500];

export class HiveSnapshotPublisher {
  private readonly lastWeight = new Map<string, number>();

  constructor(
    private readonly scale: HiveScale,
    private readonly probe: AcousticProbe,
    private readonly bus: MessageBus,
  ) {}

  async snapshot(hiveId: string): Promise<HiveSnapshot> {
    const [weightKg, dominantHz, levelDb] = await Promise.all([
      this.scale.readWeightKg(hiveId),
      this.probe.dominantFrequencyHz(hiveId, 30),
      this.probe.soundLevelDb(hiveId),
    ]);
    const [low, high] = SWARM_BAND_HZ;
    return {
      hiveId,
      weightKg,
      dominantHz,
      levelDb,
      swarmSuspected: dominantHz >= low && dominantHz <= high && levelDb > 62,
      takenAt: new Date().toISOString(),
    };
  }

  async publishSnapshot(hiveId: string): Promise<HiveSnapshot> {
    const snap = await this.snapshot(hiveId);
    const previous = this.lastWeight.get(hiveId);
    this.lastWeight.set(hiveId, snap.weightKg);

    await this.bus.publish('apiary.hive.snapshot', {
      ...snap,
      weightDeltaKg: previous === undefined ? null : Math.round((snap.weightKg - previous) * 100) / 100,
    });

    if (snap.swarmSuspected) {
      await this.bus.publish('apiary.hive.alert', {
        hiveId,
        kind: 'swarm-suspected',
        levelDb: await this.probe.soundLevelDb(hiveId),
        at: snap.takenAt,
      });
    }
    return snap;
  }

  async publishApiary(hiveIds: string[]): Promise<number> {
    let alerts = 0;
    for (const id of hiveIds) {
      const snap = await this.publishSnapshot(id);
      if (snap.swarmSuspected) alerts++;
    }
    return alerts;
  }
}
