// expect: none
// The memoised ready promise is meant to be awaited again by every call (one-time initialisation), and the membership check awaits isMember(...) before the if.
import { readFile } from 'node:fs/promises';

interface Member {
  id: string;
  name: string;
  joined: string;
  duesPaidThrough: string;
}

interface SignUp {
  memberId: string;
  project: string;
  blocks: number;
}

export class BeeRoster {
  private members = new Map<string, Member>();
  private ready: Promise<void> | undefined;
  private readonly signUps: SignUp[] = [];

  constructor(private readonly rosterFile: string) {}

  private async load(): Promise<void> {
    const list = JSON.parse(await readFile(this.rosterFile, 'utf8')) as Member[];
    this.members = new Map(list.map((m) => [m.id, m]));
  }

  private ensureLoaded(): Promise<void> {
    if (!this.ready) {
      this.ready = this.load().catch((err: unknown) => {
        this.ready = undefined; // allow a later call to try again
        throw err;
      });
    }
    return this.ready;
  }

  async isMember(id: string, on = new Date()): Promise<boolean> {
    await this.ensureLoaded();
    const m = this.members.get(id);
    return m !== undefined && new Date(m.duesPaidThrough) >= on;
  }

  async signUp(memberId: string, project: string, blocks: number): Promise<string> {
    if (!(await this.isMember(memberId))) {
      return `Sorry, ${memberId} needs to renew before joining the ${project} quilt.`;
    }
    if (blocks < 1 || blocks > 12) {
      return `Please pledge between 1 and 12 blocks.`;
    }
    this.signUps.push({ memberId, project, blocks });
    const name = this.members.get(memberId)?.name ?? memberId;
    return `${name} will piece ${blocks} block(s) for ${project}.`;
  }

  async pledgedBlocks(project: string): Promise<number> {
    await this.ensureLoaded();
    return this.signUps.filter((s) => s.project === project).reduce((n, s) => n + s.blocks, 0);
  }
}

export async function openRaffleQuiltSignups(roster: BeeRoster, requests: SignUp[]): Promise<string[]> {
  const replies: string[] = [];
  for (const r of requests) {
    replies.push(await roster.signUp(r.memberId, r.project, r.blocks));
  }
  const total = await roster.pledgedBlocks('raffle-2025');
  replies.push(`Raffle quilt: ${total}/48 blocks pledged.`);
  return replies;
}
