// expect: none
// Async checks are awaited via Promise.all before they are used as filter flags, in the template string and in the posted payload, so no promise stands in for a value.
export interface Reindeer {
  earmark: string;
  herd: string;
  born: number;
  sex: 'bull' | 'cow' | 'calf';
}

export interface CorralCount {
  herd: string;
  corral: string;
  counted: number;
  unvaccinated: string[];
  missingFromLastYear: number;
}

declare const vetRecords: {
  isVaccinated(earmark: string, season: number): Promise<boolean>;
};

declare const herdBook: {
  lastYearCount(herd: string): Promise<number>;
  districtOf(herd: string): Promise<string>;
};

declare const samiParliament: {
  submitCount(payload: Record<string, unknown>): Promise<{ receipt: string }>;
};

declare const sms: {
  send(to: string, text: string): Promise<void>;
};

export async function reportCorralCount(
  herd: string,
  corral: string,
  animals: Reindeer[],
  season: number,
  herderPhone: string,
): Promise<CorralCount> {
  const inHerd = animals.filter((a) => a.herd === herd);
  const vaccinated = await Promise.all(inHerd.map((a) => vetRecords.isVaccinated(a.earmark, season)));
  const unvaccinated = inHerd.filter((_, i) => !vaccinated[i]).map((a) => a.earmark);

  const [lastYear, district] = await Promise.all([herdBook.lastYearCount(herd), herdBook.districtOf(herd)]);
  const missingFromLastYear = Math.max(0, lastYear - inHerd.filter((a) => a.sex !== 'calf').length);

  const calves = inHerd.filter((a) => a.sex === 'calf').length;
  const { receipt } = await samiParliament.submitCount({
    herd,
    district,
    corral,
    season,
    counted: inHerd.length,
    calves,
    unvaccinated: unvaccinated.length,
  });

  await sms.send(
    herderPhone,
    `${herd} @ ${corral}: ${inHerd.length} counted (${calves} calves), ` +
      `${unvaccinated.length} need vaccinating, receipt ${receipt}`,
  );

  return { herd, corral, counted: inHerd.length, unvaccinated, missingFromLastYear };
}

export function calfRatio(count: CorralCount, animals: Reindeer[]): number {
  const cows = animals.filter((a) => a.herd === count.herd && a.sex === 'cow').length;
  if (cows === 0) return 0;
  const calves = animals.filter((a) => a.herd === count.herd && a.sex === 'calf').length;
  return Math.round((calves / cows) * 100) / 100;
}

export function slaughterCandidates(animals: Reindeer[], year: number): string[] {
  // Bulls past their eighth year leave the breeding herd at the autumn corralling.
  return animals
    .filter((a) => a.sex === 'bull' && year - a.born >= 8)
    .sort((a, b) => a.born - b.born)
    .map((a) => a.earmark);
}
