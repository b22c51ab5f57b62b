// expect: no-reused-settled-promise
// The poll loop re-awaits one status request created before the loop, so every tick sees the same first status and never observes completion.
import { setInterval as every } from 'node:timers/promises';

export type DispenseState = 'queued' | 'dispensing' | 'done' | 'failed';

export interface DispenseStatus {
  jobId: string;
  state: DispenseState;
  gramsDispensed: number;
  error?: string;
}

export interface Dog {
  name: string;
  weightKg: number;
  raceWeek: boolean;
  kennelRun: number;
}

declare const kennelFeeder: {
  startDispense(run: number, grams: number, recipe: 'kibble' | 'meat-slurry'): Promise<{ jobId: string }>;
  jobStatus(jobId: string): Promise<DispenseStatus>;
};

declare const mushLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
};

const POLL_MS = 2000;

export function rationGrams(dog: Dog, outsideTempC: number): number {
  const base = dog.weightKg * (dog.raceWeek ? 55 : 35);
  const coldBonus = outsideTempC < -20 ? 1.25 : outsideTempC < -5 ? 1.1 : 1;
  return Math.round(base * coldBonus);
}

async function waitForDispense(jobId: string, maxPolls: number): Promise<DispenseStatus> {
  const status = kennelFeeder.jobStatus(jobId);
  let current = await status;
  let polls = 1;
  for await (const _tick of every(POLL_MS)) {
    if (current.state === 'done') {
      return current;
    }
    if (current.state === 'failed') {
      throw new Error(`Dispense ${jobId} failed: ${current.error ?? 'unknown'}`);
    }
    if (++polls >= maxPolls) {
      throw new Error(`Dispense ${jobId} still ${current.state} after ${polls} polls`);
    }
    current = await status;
  }
  throw new Error('poll loop ended unexpectedly');
}

export async function feedDog(dog: Dog, outsideTempC: number): Promise<number> {
  const grams = rationGrams(dog, outsideTempC);
  const recipe = dog.raceWeek ? 'meat-slurry' : 'kibble';
  const { jobId } = await kennelFeeder.startDispense(dog.kennelRun, grams, recipe);
  const final = await waitForDispense(jobId, 30);
  mushLog.info('fed', { dog: dog.name, grams: final.gramsDispensed, recipe });
  return final.gramsDispensed;
}

export async function feedingRound(dogs: Dog[], outsideTempC: number): Promise<Map<string, number>> {
  const fed = new Map<string, number>();
  const byRun = [...dogs].sort((a, b) => a.kennelRun - b.kennelRun);
  for (const dog of byRun) {
    fed.set(dog.name, await feedDog(dog, outsideTempC));
  }
  return fed;
}
