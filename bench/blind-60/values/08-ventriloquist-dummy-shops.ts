// expect: no-read-before-settle
// estimateRehearsal fills cues and wordCount from readline 'line' events but builds its result immediately, before any line has been read.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface Cue {
  speaker: 'vent' | 'dummy';
  text: string;
  plosives: number;
}

export interface RehearsalPlan {
  scriptPath: string;
  dummyName: string;
  cues: number;
  dummyLines: number;
  wordCount: number;
  hardPlosives: number;
  minutes: number;
}

// B, P and M are the letters a ventriloquist has to substitute without moving their lips.
const PLOSIVE = /[bpm]/gi;
const WORDS_PER_MINUTE = 110;

export function parseCue(line: string, dummyName: string): Cue | null {
  const m = /^([A-Z][A-Z .'-]+):\s*(.+)$/.exec(line.trim());
  if (!m) return null;
  const speaker = m[1].trim().toLowerCase() === dummyName.toLowerCase() ? 'dummy' : 'vent';
  return {
    speaker,
    text: m[2],
    plosives: speaker === 'dummy' ? (m[2].match(PLOSIVE)?.length ?? 0) : 0,
  };
}

export function estimateRehearsal(scriptPath: string, dummyName: string): RehearsalPlan {
  const cues: Cue[] = [];
  let wordCount = 0;

  const rl = createInterface({
    input: createReadStream(scriptPath, { encoding: 'utf8' }),
    crlfDelay: Infinity,
  });
  rl.on('line', (line) => {
    const cue = parseCue(line, dummyName);
    if (!cue) return;
    cues.push(cue);
    wordCount += cue.text.split(/\s+/).filter(Boolean).length;
  });

  const dummyCues = cues.filter((c) => c.speaker === 'dummy');
  const hardPlosives = dummyCues.reduce((n, c) => n + c.plosives, 0);
  // Every hard plosive costs extra drilling time in front of the mirror.
  const minutes = Math.ceil(wordCount / WORDS_PER_MINUTE) * 3 + Math.ceil(hardPlosives / 4);

  return {
    scriptPath,
    dummyName,
    cues: cues.length,
    dummyLines: dummyCues.length,
    wordCount,
    hardPlosives,
    minutes,
  };
}

export function rehearsalWeek(plans: RehearsalPlan[], minutesPerDay = 90): string[][] {
  const days: string[][] = [[]];
  let used = 0;
  for (const plan of [...plans].sort((a, b) => b.hardPlosives - a.hardPlosives)) {
    if (used + plan.minutes > minutesPerDay && days[days.length - 1].length > 0) {
      days.push([]);
      used = 0;
    }
    days[days.length - 1].push(`${plan.dummyName}: ${plan.scriptPath} (${plan.minutes} min)`);
    used += plan.minutes;
  }
  return days;
}
