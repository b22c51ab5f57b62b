// expect: no-floating-promises
// handleReading calls this.recordFrostEvent(...) as a bare statement, so a failed database write is an unhandled rejection and the alert goes out unrecorded.
export interface CanopyReading {
  block: string;
  sensorId: string;
  airTempC: number;
  leafWetness: number;
  dewPointC: number;
  at: Date;
}

interface FrostEvent {
  block: string;
  severity: "watch" | "warning" | "critical";
  minTempC: number;
  startedAt: Date;
}

declare const vineyardDb: {
  insertFrostEvent(event: FrostEvent): Promise<number>;
  growersFor(block: string): Promise<Array<{ name: string; phone: string }>>;
};

declare const sms: {
  send(phone: string, body: string): Promise<void>;
};

declare const frostFans: {
  start(block: string): Promise<void>;
  running(block: string): Promise<boolean>;
};

function severityFor(reading: CanopyReading): FrostEvent["severity"] | null {
  const wetBonus = reading.leafWetness > 0.6 ? 0.5 : 0;
  const effective = reading.airTempC - wetBonus;
  if (effective <= -2) return "critical";
  if (effective <= 0) return "warning";
  if (effective <= 1.5 && reading.dewPointC < 0) return "watch";
  return null;
}

export class FrostAlerter {
  private readonly active = new Map<string, FrostEvent>();

  async handleReading(reading: CanopyReading): Promise<void> {
    const severity = severityFor(reading);
    const existing = this.active.get(reading.block);

    if (!severity) {
      if (existing) this.active.delete(reading.block);
      return;
    }
    if (existing && rank(existing.severity) >= rank(severity)) {
      existing.minTempC = Math.min(existing.minTempC, reading.airTempC);
      return;
    }

    const event: FrostEvent = {
      block: reading.block,
      severity,
      minTempC: Math.min(existing?.minTempC ?? Infinity, reading.airTempC),
      startedAt: existing?.startedAt ?? reading.at,
    };
    this.active.set(reading.block, event);
    this.recordFrostEvent(event);

    if (severity !== "watch" && !(await frostFans.running(reading.block))) {
      await frostFans.start(reading.block);
    }
    const growers = await vineyardDb.growersFor(reading.block);
    const body = `Frost ${severity} in block ${reading.block}: ${reading.airTempC.toFixed(1)}°C at ${reading.at.toLocaleTimeString()}`;
    for (const grower of growers) {
      await sms.send(grower.phone, body);
    }
  }

  private async recordFrostEvent(event: FrostEvent): Promise<void> {
    const id = await vineyardDb.insertFrostEvent(event);
    if (id <= 0) {
      throw new Error(`frost event for ${event.block} was not stored`);
    }
  }

  activeBlocks(): string[] {
    return [...this.active.keys()].sort();
  }
}

function rank(severity: FrostEvent["severity"]): number {
  return severity === "critical" ? 3 : severity === "warning" ? 2 : 1;
}
