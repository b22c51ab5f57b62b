// expect: no-multiple-settle
// In the readFile callback reject(err) has no return, so on a read error execution continues into parseTranscript(undefined) and throws an uncaught exception.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs';
import path from 'node:path';

interface TranscriptLine {
  speaker: string;
  timestamp: string;
  text: string;
}

interface Transcript {
  caseNumber: string;
  reporter: string;
  lines: TranscriptLine[];
}

const FIXTURES = path.join(__dirname, 'fixtures', 'transcripts');

function parseTranscript(raw: string): Transcript {
  const [header, ...body] = raw.split(/\r?\n/);
  const [caseNumber, reporter] = header.split('|').map((s) => s.trim());
  const lines: TranscriptLine[] = [];
  for (const row of body) {
    const match = /^\[(\d{2}:\d{2}:\d{2})\]\s+([A-Z .]+):\s+(.*)$/.exec(row);
    if (!match) continue;
    lines.push({ timestamp: match[1], speaker: match[2].trim(), text: match[3] });
  }
  return { caseNumber, reporter, lines };
}

function loadFixture(name: string): Promise<Transcript> {
  return new Promise<Transcript>((resolve, reject) => {
    readFile(path.join(FIXTURES, name), 'utf8', (err, data) => {
      if (err) {
        reject(new Error(`fixture ${name} unavailable: ${err.message}`));
      }
      resolve(parseTranscript(data));
    });
  });
}

function speakersIn(transcript: Transcript): string[] {
  return [...new Set(transcript.lines.map((l) => l.speaker))].sort();
}

test('header carries case number and reporter', async () => {
  const t = await loadFixture('state-v-halvorsen-day1.txt');
  assert.equal(t.caseNumber, 'CR-2023-00417');
  assert.equal(t.reporter, 'M. Okafor, RPR');
});

test('timestamps are monotonic', async () => {
  const t = await loadFixture('state-v-halvorsen-day1.txt');
  for (let i = 1; i < t.lines.length; i++) {
    assert.ok(t.lines[i].timestamp >= t.lines[i - 1].timestamp, `line ${i} goes backwards`);
  }
});

test('sidebar conference lines are attributed', async () => {
  const t = await loadFixture('sidebar-conference.txt');
  assert.deepEqual(speakersIn(t), ['MR. DELACROIX', 'MS. VANTERPOOL', 'THE COURT']);
});

test('off-the-record segments are omitted', async () => {
  const t = await loadFixture('sidebar-conference.txt');
  assert.ok(t.lines.every((l) => !l.text.includes('(Off the record.)')));
});
