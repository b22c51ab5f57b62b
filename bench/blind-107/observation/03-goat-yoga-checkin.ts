// expect: none
// Both lookups are started together but handed to Promise.all in the same tick, so a failure of either one is observed immediately instead of surfacing as an unhandled rejection.
import { randomUUID } from 'node:crypto';

export interface Member {
  id: string;
  name: string;
  passBalance: number;
  waiverExpires: Date;
}

export interface Session {
  id: string;
  capacity: number;
  checkedIn: string[];
  goats: string[];
}

export interface MemberDirectory {
  byQr(code: string): Promise<Member>;
}

export interface SessionStore {
  get(id: string): Promise<Session>;
  addCheckIn(sessionId: string, memberId: string, receipt: string): Promise<void>;
}

export class CheckInRejected extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'CheckInRejected';
  }
}

export class CheckInDesk {
  constructor(private readonly members: MemberDirectory, private readonly sessions: SessionStore) {}

  async checkIn(sessionId: string, qrCode: string, now = new Date()): Promise<{ receipt: string; goat: string }> {
    const memberP = this.members.byQr(qrCode);
    const sessionP = this.sessions.get(sessionId);
    const [member, session] = await Promise.all([memberP, sessionP]);

    if (member.waiverExpires < now) {
      throw new CheckInRejected(`${member.name}: waiver expired ${member.waiverExpires.toDateString()}`);
    }
    if (member.passBalance <= 0) {
      throw new CheckInRejected(`${member.name}: no classes left on pass`);
    }
    if (session.checkedIn.includes(member.id)) {
      throw new CheckInRejected(`${member.name} is already on the mat`);
    }
    if (session.checkedIn.length >= session.capacity) {
      throw new CheckInRejected(`session ${session.id} is full`);
    }

    const receipt = randomUUID();
    await this.sessions.addCheckIn(session.id, member.id, receipt);
    const goat = session.goats[session.checkedIn.length % Math.max(session.goats.length, 1)] ?? 'any free goat';
    return { receipt, goat };
  }
}
