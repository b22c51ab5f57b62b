// expect: none
// The retry helper calls op() afresh on every attempt, so each retry issues a new pump command instead of re-awaiting the first failed one.
import { setTimeout as sleep } from 'node:timers/promises';

export interface PumpCommand {
  wallId: string;
  zone: string;
  litres: number;
}

export interface PumpResult {
  zone: string;
  deliveredLitres: number;
  durationMs: number;
}

interface PumpController {
  dose(command: PumpCommand): Promise<PumpResult>;
}

export class TransientPumpError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TransientPumpError';
  }
}

export async function withRetry<T>(
  label: string,
  op: () => Promise<T>,
  attempts = 3,
  delayMs = 1_500,
): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await op();
    } catch (err) {
      if (!(err instanceof TransientPumpError)) throw err;
      lastError = err;
      if (attempt < attempts) await sleep(delayMs * attempt);
    }
  }
  throw new Error(`${label} failed after ${attempts} attempts`, { cause: lastError });
}

export class MossWallDoser {
  constructor(
    private readonly pump: PumpController,
    private readonly nutrientMlPerLitre = 1.2,
  ) {}

  async doseZones(wallId: string, plan: Array<{ zone: string; litres: number }>): Promise<PumpResult[]> {
    const results: PumpResult[] = [];
    for (const { zone, litres } of plan) {
      const result = await withRetry(`dose ${wallId}/${zone}`, () => this.pump.dose({ wallId, zone, litres }));
      if (result.deliveredLitres < litres * 0.9) {
        throw new Error(`zone ${zone} under-delivered: ${result.deliveredLitres} of ${litres} L`);
      }
      results.push(result);
    }
    return results;
  }

  nutrientMl(results: PumpResult[]): number {
    return Math.round(results.reduce((sum, r) => sum + r.deliveredLitres, 0) * this.nutrientMlPerLitre);
  }
}

export function slowestZone(results: PumpResult[]): string | undefined {
  return [...results].sort((a, b) => b.durationMs / b.deliveredLitres - a.durationMs / a.deliveredLitres)[0]?.zone;
}
