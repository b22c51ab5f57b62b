// expect: none
// The in-flight Map deliberately holds promises to share requests; every value that reaches text or JSON is awaited first.
export interface FanStatus {
  fanId: string;
  rpm: number;
  vibrationMmS: number;
  motorC: number;
  reversed: boolean;
  fault: string | null;
}

interface Bay {
  id: string;
  fanIds: string[];
}

declare const scada: {
  readFan(fanId: string): Promise<FanStatus>;
};
declare const opsChannel: {
  post(text: string): Promise<void>;
  postJson(payload: unknown): Promise<void>;
};

const VIBRATION_ALARM_MM_S = 7.1;
const MOTOR_ALARM_C = 120;

export class FanTelemetry {
  private readonly inflight = new Map<string, Promise<FanStatus>>();

  status(fanId: string): Promise<FanStatus> {
    let pending = this.inflight.get(fanId);
    if (!pending) {
      pending = scada.readFan(fanId).finally(() => this.inflight.delete(fanId));
      this.inflight.set(fanId, pending);
    }
    return pending;
  }

  async bayStatus(bay: Bay): Promise<FanStatus[]> {
    return Promise.all(bay.fanIds.map((id) => this.status(id)));
  }

  async reportBay(bay: Bay): Promise<{ alarms: number }> {
    const statuses = await this.bayStatus(bay);
    const alarms = statuses.filter(
      (s) => s.fault !== null || s.vibrationMmS > VIBRATION_ALARM_MM_S || s.motorC > MOTOR_ALARM_C,
    );

    for (const s of alarms) {
      const reason = s.fault ?? (s.vibrationMmS > VIBRATION_ALARM_MM_S ? `vibration ${s.vibrationMmS} mm/s` : `motor ${s.motorC}°C`);
      await opsChannel.post(`Bay ${bay.id} fan ${s.fanId}: ${reason} at ${s.rpm} rpm`);
    }

    await opsChannel.postJson({
      bay: bay.id,
      at: new Date().toISOString(),
      fans: statuses.map((s) => ({ id: s.fanId, rpm: s.rpm, reversed: s.reversed })),
      alarms: alarms.length,
    });
    return { alarms: alarms.length };
  }

  async headline(bays: Bay[]): Promise<string> {
    const all = (await Promise.all(bays.map((b) => this.bayStatus(b)))).flat();
    const running = all.filter((s) => s.rpm > 0).length;
    const reversed = all.filter((s) => s.reversed).length;
    return `${running}/${all.length} fans running (${reversed} reversed for smoke extract)`;
  }
}
