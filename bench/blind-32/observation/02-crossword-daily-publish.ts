// expect: none
// The hint-pack request is started early but gets its .catch fallback in the same expression, so awaiting it after other work cannot leave a rejection unhandled.
export interface Clue {
  number: number;
  direction: "across" | "down";
  text: string;
  answer: string;
}

export interface Puzzle {
  date: string;
  size: 15 | 21;
  grid: string[];
  clues: Clue[];
  constructor: string;
}

interface HintPack {
  date: string;
  hints: Record<string, string[]>;
}

declare const editorialDesk: {
  approvedPuzzle(date: string): Promise<Puzzle>;
  markPublished(date: string, url: string): Promise<void>;
};

declare const hintService: {
  generate(date: string, clues: Array<{ key: string; answer: string }>): Promise<HintPack>;
  overnightDraft(date: string): Promise<HintPack>;
};

declare const cdn: {
  upload(path: string, body: string, contentType: string): Promise<string>;
};

declare const metrics: {
  increment(name: string, tags?: Record<string, string>): void;
};

function validateGrid(puzzle: Puzzle): void {
  if (puzzle.grid.length !== puzzle.size || puzzle.grid.some((row) => row.length !== puzzle.size)) {
    throw new Error(`puzzle ${puzzle.date} grid is not ${puzzle.size}x${puzzle.size}`);
  }
  const answers = new Set(puzzle.clues.map((c) => c.answer));
  if (answers.size !== puzzle.clues.length) {
    throw new Error(`puzzle ${puzzle.date} repeats an answer`);
  }
}

function clueKey(c: Clue): string {
  return `${c.number}${c.direction === "across" ? "A" : "D"}`;
}

function publicPayload(puzzle: Puzzle): string {
  return JSON.stringify({
    date: puzzle.date,
    size: puzzle.size,
    grid: puzzle.grid.map((row) => row.replace(/[A-Z]/g, ".")),
    clues: puzzle.clues.map((c) => ({ key: clueKey(c), text: c.text, length: c.answer.length })),
    by: puzzle.constructor,
  });
}

export async function publishDaily(date: string): Promise<string> {
  const fallbackHints = hintService.overnightDraft(date).catch((): HintPack => {
    metrics.increment("crossword.hints.fallback_unavailable");
    return { date, hints: {} };
  });

  const puzzle = await editorialDesk.approvedPuzzle(date);
  validateGrid(puzzle);

  let hints: HintPack;
  try {
    hints = await hintService.generate(
      date,
      puzzle.clues.map((c) => ({ key: clueKey(c), answer: c.answer })),
    );
  } catch {
    metrics.increment("crossword.hints.generation_failed", { date });
    hints = await fallbackHints;
  }

  const puzzleUrl = await cdn.upload(`puzzles/${date}.json`, publicPayload(puzzle), "application/json");
  await cdn.upload(`hints/${date}.json`, JSON.stringify(hints), "application/json");
  await editorialDesk.markPublished(date, puzzleUrl);
  return puzzleUrl;
}
