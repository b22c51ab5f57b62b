// expect: no-floating-promises
// notifyPartners hands an async callback to forEach, which discards the returned promises, so the method reports success before any mail is sent and lookup or send failures go unhandled.
export interface GuildMember {
  id: string;
  name: string;
  fabricPreferences: string[];
}

export interface SwapRound {
  id: string;
  theme: string;
  shipBy: string;
  members: GuildMember[];
}

export interface MemberDirectory {
  mailingAddress(memberId: string): Promise<string>;
  email(memberId: string): Promise<string>;
}

export interface GuildMailer {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
}

export interface SwapStore {
  recordPairing(roundId: string, giverId: string, receiverId: string): Promise<void>;
}

export interface NotifySummary {
  roundId: string;
  pairs: number;
}

export class SwapNotifier {
  constructor(
    private readonly directory: MemberDirectory,
    private readonly mailer: GuildMailer,
    private readonly store: SwapStore,
    private readonly random: () => number = Math.random,
  ) {}

  pairUp(members: GuildMember[]): Array<[GuildMember, GuildMember]> {
    const shuffled = [...members];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(this.random() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
    return shuffled.map((giver, i) => [giver, shuffled[(i + 1) % shuffled.length]]);
  }

  async notifyPartners(round: SwapRound): Promise<NotifySummary> {
    if (round.members.length < 2) {
      throw new Error(`round ${round.id} needs at least two members`);
    }
    const pairs = this.pairUp(round.members);

    pairs.forEach(async ([giver, receiver]) => {
      const [address, giverEmail] = await Promise.all([
        this.directory.mailingAddress(receiver.id),
        this.directory.email(giver.id),
      ]);
      await this.mailer.send({
        to: giverEmail,
        subject: `Quilt swap "${round.theme}": your partner is ${receiver.name}`,
        text: [
          `Please ship your block to ${receiver.name} by ${round.shipBy}.`,
          `Address: ${address}`,
          `They like: ${receiver.fabricPreferences.join(', ') || 'anything'}`,
        ].join('\n'),
      });
      await this.store.recordPairing(round.id, giver.id, receiver.id);
    });

    return { roundId: round.id, pairs: pairs.length };
  }
}
