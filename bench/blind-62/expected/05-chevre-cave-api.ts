// expect: no-uncalled-async-function
// the aged-wheel branch of the report handler returns this.agedWheelReport itself rather than calling it, so the client gets no report
interface Request {
  params: Record<string, string>;
  query: Record<string, string | undefined>;
}

type Handler = (req: Request) => Promise<unknown> | unknown;

declare const server: {
  route(spec: string, handler: Handler): void;
};

export interface CheeseWheel {
  wheelId: string;
  batch: string;
  style: "fresh-chevre" | "crottin" | "valencay" | "tomme";
  madeOn: Date;
  caveId: string;
}

export interface CaveClimate {
  caveId: string;
  humidityPct: number;
  tempC: number;
}

export interface WheelReport {
  wheelId: string;
  ageDays: number;
  climate?: CaveClimate;
  rindScore?: number;
  readyForSale: boolean;
}

declare const wheelRepo: {
  find(wheelId: string): Promise<CheeseWheel | null>;
  rindInspections(wheelId: string): Promise<number[]>;
};
declare const caveSensors: {
  latest(caveId: string): Promise<CaveClimate>;
};

const MIN_AGE_DAYS: Record<CheeseWheel["style"], number> = {
  "fresh-chevre": 2,
  crottin: 14,
  valencay: 21,
  tomme: 60,
};

function ageInDays(wheel: CheeseWheel): number {
  return Math.floor((Date.now() - wheel.madeOn.getTime()) / 86_400_000);
}

export class CaveReportController {
  register(): void {
    server.route("GET /wheels/:id/report", async (req) => {
      const wheel = await wheelRepo.find(req.params.id);
      if (!wheel) return { error: "not-found", wheelId: req.params.id };

      if (wheel.style === "fresh-chevre") {
        return this.freshWheelReport(wheel);
      }
      return this.agedWheelReport;
    });

    server.route("GET /caves/:id/climate", (req) => caveSensors.latest(req.params.id));
  }

  private freshWheelReport(wheel: CheeseWheel): WheelReport {
    const ageDays = ageInDays(wheel);
    return { wheelId: wheel.wheelId, ageDays, readyForSale: ageDays >= MIN_AGE_DAYS[wheel.style] };
  }

  private async agedWheelReport(wheel: CheeseWheel): Promise<WheelReport> {
    const [climate, inspections] = await Promise.all([
      caveSensors.latest(wheel.caveId),
      wheelRepo.rindInspections(wheel.wheelId),
    ]);
    const rindScore = inspections.length
      ? inspections.reduce((a, b) => a + b, 0) / inspections.length
      : undefined;
    const ageDays = ageInDays(wheel);
    const climateOk = climate.humidityPct >= 85 && climate.tempC <= 13;
    return {
      wheelId: wheel.wheelId,
      ageDays,
      climate,
      rindScore,
      readyForSale: climateOk && ageDays >= MIN_AGE_DAYS[wheel.style] && (rindScore ?? 0) >= 7,
    };
  }
}
