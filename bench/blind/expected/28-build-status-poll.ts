// expect: none
// Each iteration of the polling loop calls getBuild again, so every poll awaits a freshly started request.
import { setTimeout as sleep } from 'node:timers/promises';

interface Build {
  id: number;
  status: 'pending' | 'in_progress' | 'completed';
  conclusion?: 'success' | 'failure' | 'cancelled';
}

declare class CiClient {
  constructor(token: string);
  getBuild(id: number): Promise<Build>;
}

const ci = new CiClient(process.env.CI_TOKEN ?? '');

export async function waitForBuild(id: number, intervalMs = 5_000, maxPolls = 120): Promise<Build> {
  for (let poll = 0; poll < maxPolls; poll++) {
    const build = await ci.getBuild(id);
    if (build.status === 'completed') {
      return build;
    }
    process.stdout.write(`build ${id}: ${build.status}\r`);
    await sleep(intervalMs);
  }
  throw new Error(`build ${id} did not complete after ${maxPolls} polls`);
}

export async function requireGreen(id: number): Promise<void> {
  const build = await waitForBuild(id);
  if (build.conclusion !== 'success') {
    throw new Error(`build ${id} concluded with ${build.conclusion}`);
  }
}
