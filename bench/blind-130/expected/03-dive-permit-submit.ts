// expect: no-reused-settled-promise
// The retry loop keeps awaiting the same submission promise created before the loop, so after the first rejection every attempt just re-reads that rejection instead of resubmitting.
import { setTimeout as sleep } from 'node:timers/promises';

export interface PermitApplication {
  wreckId: string;
  leadDiver: string;
  divers: string[];
  plannedDate: string;
  maxDepthM: number;
  penetration: boolean;
}

export interface PermitReceipt {
  applicationId: string;
  status: 'received' | 'queued';
}

export interface HeritagePortal {
  submit(application: PermitApplication): Promise<PermitReceipt>;
}

export class PortalBusyError extends Error {
  constructor(readonly retryAfterMs: number) {
    super(`heritage portal busy, retry after ${retryAfterMs}ms`);
    this.name = 'PortalBusyError';
  }
}

export function validateApplication(app: PermitApplication): string[] {
  const problems: string[] = [];
  if (app.divers.length === 0) problems.push('at least one diver is required');
  if (!app.divers.includes(app.leadDiver)) problems.push('lead diver must be on the dive team');
  if (app.penetration && app.maxDepthM > 30) problems.push('penetration dives below 30 m need a separate review');
  if (Number.isNaN(Date.parse(app.plannedDate))) problems.push('planned date is not a valid date');
  return problems;
}

export async function submitPermit(
  portal: HeritagePortal,
  application: PermitApplication,
  maxAttempts = 4,
): Promise<PermitReceipt> {
  const problems = validateApplication(application);
  if (problems.length > 0) {
    throw new Error(`permit application invalid: ${problems.join('; ')}`);
  }

  const submission = portal.submit(application);
  let lastError: unknown;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    try {
      return await submission;
    } catch (err) {
      lastError = err;
      if (!(err instanceof PortalBusyError) || attempt === maxAttempts) break;
      await sleep(err.retryAfterMs);
    }
  }
  throw lastError;
}

export function summariseReceipt(receipt: PermitReceipt, app: PermitApplication): string {
  const team = app.divers.length === 1 ? 'solo' : `${app.divers.length} divers`;
  return `${receipt.applicationId} (${receipt.status}): ${app.wreckId} on ${app.plannedDate}, ${team}`;
}
