// expect: no-read-before-settle
// totalYards and byColourway are filled inside the .then callback but read synchronously right after, so the newsletter always reports an empty stash.
interface FabricBolt {
  id: string;
  colourway: string;
  yards: number;
  donatedBy?: string;
}

declare const stash: {
  bolts(guildId: string): Promise<FabricBolt[]>;
};

declare const newsletter: {
  publish(guildId: string, section: string, body: string): Promise<void>;
};

const KING_QUILT_YARDS = ((108 * 120) / (36 * 42)) * 1.15;

function topColourways(byColourway: Map<string, number>, n: number): string[] {
  return [...byColourway.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([colourway, yards]) => `  ${colourway}: ${yards.toFixed(1)} yd`);
}

function donorThanks(bolts: FabricBolt[]): string {
  const donors = [...new Set(bolts.map((b) => b.donatedBy).filter((d): d is string => Boolean(d)))];
  if (donors.length === 0) return '';
  return `Thank you to ${donors.slice(0, -1).join(', ')}${donors.length > 1 ? ' and ' : ''}${donors.at(-1)} for donations!`;
}

export async function publishStashSection(guildId: string): Promise<void> {
  let totalYards = 0;
  let thanks = '';
  const byColourway = new Map<string, number>();

  stash
    .bolts(guildId)
    .then((bolts) => {
      for (const bolt of bolts) {
        totalYards += bolt.yards;
        byColourway.set(bolt.colourway, (byColourway.get(bolt.colourway) ?? 0) + bolt.yards);
      }
      thanks = donorThanks(bolts);
    })
    .catch((err: unknown) => {
      console.error(`could not load the stash for guild ${guildId}`, err);
    });

  const sections = [
    `Stash total: ${totalYards.toFixed(1)} yards`,
    ...topColourways(byColourway, 5),
  ];
  if (totalYards >= KING_QUILT_YARDS) {
    sections.push('We have enough for a king-size raffle quilt!');
  }
  if (thanks) sections.push(thanks);

  await newsletter.publish(guildId, 'stash', sections.join('\n'));
}

export async function stashTotals(guildId: string): Promise<{ bolts: number; yards: number }> {
  const bolts = await stash.bolts(guildId);
  return { bolts: bolts.length, yards: bolts.reduce((sum, b) => sum + b.yards, 0) };
}
