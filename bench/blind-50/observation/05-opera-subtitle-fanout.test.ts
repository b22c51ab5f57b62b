// expect: none
// The fan-out under test checks each allSettled result's status before reading value or reason, and the tests await every promise they start.
export {};

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toContain(item: unknown): void;
};
declare const vi: {
  fn<A extends unknown[], R>(impl: (...args: A) => R): ((...args: A) => R) & { mock: { calls: A[] } };
};

interface SubtitleCue {
  production: string;
  cueNo: number;
  lines: Record<string, string>;
}

interface Screen {
  id: string;
  language: string;
  show(text: string): Promise<void>;
}

interface FanoutReport {
  shown: string[];
  failed: Array<{ screenId: string; message: string }>;
}

async function fanOut(cue: SubtitleCue, screens: Screen[]): Promise<FanoutReport> {
  const results = await Promise.allSettled(screens.map((s) => s.show(cue.lines[s.language] ?? cue.lines.en ?? '')));
  const report: FanoutReport = { shown: [], failed: [] };
  results.forEach((result, i) => {
    if (result.status === 'fulfilled') {
      report.shown.push(screens[i].id);
    } else {
      const message = result.reason instanceof Error ? result.reason.message : String(result.reason);
      report.failed.push({ screenId: screens[i].id, message });
    }
  });
  return report;
}

const cue: SubtitleCue = {
  production: 'la-traviata',
  cueNo: 41,
  lines: { en: 'Ah, perhaps it is he', de: 'Ach, vielleicht ist er es', it: "Ah, fors'è lui" },
};

type ShowMock = ((text: string) => Promise<void>) & { mock: { calls: Array<[string]> } };

function screen(id: string, language: string, fail?: string): Screen & { show: ShowMock } {
  return {
    id,
    language,
    show: vi.fn(async (_text: string) => {
      if (fail) throw new Error(fail);
    }),
  };
}

describe('subtitle fan-out', () => {
  let screens: Array<ReturnType<typeof screen>>;

  beforeEach(() => {
    screens = [screen('stalls-left', 'en'), screen('stalls-right', 'de'), screen('balcony', 'it')];
  });

  it('shows the cue in each screen language', async () => {
    const report = await fanOut(cue, screens);
    expect(report.shown).toEqual(['stalls-left', 'stalls-right', 'balcony']);
    expect(screens[1].show.mock.calls[0]).toEqual(['Ach, vielleicht ist er es']);
  });

  it('falls back to English for a language without a translation', async () => {
    const box = screen('box-7', 'fr');
    await fanOut(cue, [box]);
    expect(box.show.mock.calls[0]).toEqual(['Ah, perhaps it is he']);
  });

  it('reports a failing screen without hiding the others', async () => {
    screens.push(screen('gallery', 'en', 'HDMI link down'));
    const report = await fanOut(cue, screens);
    expect(report.shown.length).toBe(3);
    expect(report.failed).toEqual([{ screenId: 'gallery', message: 'HDMI link down' }]);
  });
});
