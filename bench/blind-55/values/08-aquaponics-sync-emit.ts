// expect: none
// Correct: EventEmitter.emit calls listeners synchronously, so the totals written by the 'dosed' and 'skipped' listeners are complete by the time planRound reads them after the emit loop.
import { EventEmitter } from "node:events";

export interface TankReading {
  tankId: string;
  ph: number;
  ammoniaPpm: number;
  dissolvedO2: number;
}

export interface DosePlan {
  tankId: string;
  reagent: "ph-up" | "ph-down" | "oxygen-boost";
  amount: number;
}

export interface RoundSummary {
  planned: DosePlan[];
  skipped: string[];
  totalMl: number;
}

class DosePlanner extends EventEmitter {
  evaluate(reading: TankReading): void {
    if (reading.ammoniaPpm > 1) {
      this.emit("skipped", reading.tankId, "ammonia spike");
      return;
    }
    if (reading.ph < 6.8) {
      this.emit("dosed", { tankId: reading.tankId, reagent: "ph-up", amount: Math.round((6.8 - reading.ph) * 40) });
    } else if (reading.ph > 7.4) {
      this.emit("dosed", { tankId: reading.tankId, reagent: "ph-down", amount: Math.round((reading.ph - 7.4) * 30) });
    }
    if (reading.dissolvedO2 < 5) {
      this.emit("dosed", { tankId: reading.tankId, reagent: "oxygen-boost", amount: 1 });
    }
  }
}

export function planRound(readings: TankReading[]): RoundSummary {
  const planner = new DosePlanner();
  const planned: DosePlan[] = [];
  const skipped: string[] = [];
  let totalMl = 0;

  planner.on("dosed", (plan: DosePlan) => {
    planned.push(plan);
    if (plan.reagent !== "oxygen-boost") totalMl += plan.amount;
  });
  planner.on("skipped", (tankId: string) => {
    skipped.push(tankId);
  });

  for (const reading of readings) {
    planner.evaluate(reading);
  }

  return { planned, skipped, totalMl };
}

export function describeRound(summary: RoundSummary): string {
  const lines = summary.planned.map((p) => `${p.tankId}: ${p.reagent} ×${p.amount}`);
  if (summary.skipped.length > 0) {
    lines.push(`skipped: ${summary.skipped.join(", ")}`);
  }
  lines.push(`reagent total ${summary.totalMl} ml`);
  return lines.join("\n");
}
