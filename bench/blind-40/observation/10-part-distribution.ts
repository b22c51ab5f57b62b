// expect: none
// The early return happens before any delivery starts, and every promise pushed into deliveries is awaited together by Promise.all.
export interface Work {
  workId: string;
  composer: string;
  title: string;
  parts: Record<string, string>; // instrument -> PDF asset id
}

export interface Player {
  playerId: string;
  name: string;
  instrument: string;
  desk: number;
  email: string;
}

interface Delivery {
  playerId: string;
  workId: string;
  messageId: string;
}

export interface DistributionSummary {
  concertId: string;
  sent: number;
  skipped: string[];
}

declare const library: {
  programFor(concertId: string): Promise<{ title: string; works: Work[] }>;
  signedUrl(assetId: string, ttlHours: number): Promise<string>;
};

declare const orchestra: {
  roster(concertId: string): Promise<Player[]>;
};

declare const mailer: {
  send(to: string, subject: string, body: string): Promise<string>;
};

function partFor(work: Work, player: Player): string | undefined {
  const section = player.instrument.toLowerCase();
  const desk = `${section} ${player.desk}`;
  return work.parts[desk] ?? work.parts[section];
}

async function sendPart(player: Player, work: Work, assetId: string, concertTitle: string): Promise<Delivery> {
  const url = await library.signedUrl(assetId, 24 * 14);
  const messageId = await mailer.send(
    player.email,
    `${concertTitle}: ${work.composer} – ${work.title}`,
    `Hello ${player.name},\n\nyour ${player.instrument} part is ready: ${url}\n\nThe link expires in two weeks.`,
  );
  return { playerId: player.playerId, workId: work.workId, messageId };
}

export async function distributeParts(concertId: string): Promise<DistributionSummary> {
  const program = await library.programFor(concertId);
  if (program.works.length === 0) {
    return { concertId, sent: 0, skipped: [] };
  }

  const roster = await orchestra.roster(concertId);
  const deliveries: Promise<Delivery>[] = [];
  const skipped: string[] = [];

  for (const work of program.works) {
    for (const player of roster) {
      const assetId = partFor(work, player);
      if (!assetId) {
        skipped.push(`${player.name} (${player.instrument}) – ${work.title}`);
        continue;
      }
      deliveries.push(sendPart(player, work, assetId, program.title));
    }
  }

  const sent = await Promise.all(deliveries);
  return { concertId, sent: sent.length, skipped };
}
