// expect: no-promise-as-value
// Bug: publishStatus puts hornController.reservoirPressure(id) (a promise) into the MQTT payload, so JSON.stringify sends reservoirBar as {} instead of the reading.
export interface HornConfig {
  hornId: string;
  harbour: string;
  pattern: "one-long" | "two-short" | "long-short-long";
  intervalSeconds: number;
}

declare const hornController: {
  isSounding(hornId: string): boolean;
  reservoirPressure(hornId: string): Promise<number>;
  lastBlast(hornId: string): Date | null;
};
declare const visibilitySensor: { metres(harbour: string): Promise<number> };
declare const mqtt: { publish(topic: string, payload: string, options?: { retain?: boolean; qos?: 0 | 1 }): Promise<void> };

const FOG_THRESHOLD_M = 1_000;

export class FogHornReporter {
  private timer: ReturnType<typeof setInterval> | undefined;
  private failures = 0;

  constructor(private readonly horns: HornConfig[]) {}

  private async buildStatus(horn: HornConfig) {
    const visibilityM = await visibilitySensor.metres(horn.harbour);
    const last = hornController.lastBlast(horn.hornId);
    return {
      hornId: horn.hornId,
      harbour: horn.harbour,
      sounding: hornController.isSounding(horn.hornId),
      reservoirBar: hornController.reservoirPressure(horn.hornId),
      lastBlastAt: last ? last.toISOString() : null,
      visibilityM,
    };
  }

  async publishStatus(horn: HornConfig): Promise<boolean> {
    const status = await this.buildStatus(horn);
    const topic = `harbour/${horn.harbour}/foghorn/${horn.hornId}/status`;
    await mqtt.publish(topic, JSON.stringify(status), { retain: true, qos: 1 });
    if (status.visibilityM < FOG_THRESHOLD_M && !status.sounding) {
      await mqtt.publish(`harbour/${horn.harbour}/alerts`, JSON.stringify({ hornId: horn.hornId, kind: "silent-in-fog" }), {
        qos: 1,
      });
      return false;
    }
    return true;
  }

  async publishAll(): Promise<void> {
    try {
      await Promise.all(this.horns.map((horn) => this.publishStatus(horn)));
      this.failures = 0;
    } catch {
      this.failures += 1;
    }
  }

  start(everyMs = 30_000): void {
    this.stop();
    this.timer = setInterval(() => {
      this.publishAll().catch(() => undefined);
    }, everyMs);
  }

  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  get consecutiveFailures(): number {
    return this.failures;
  }
}
