// expect: no-promise-as-value
// Bug: probeDuration() is async and its promise is put in the webhook payload unawaited, so JSON.stringify sends "durationSeconds": {} to subscribers.
import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { createHmac } from 'node:crypto';

export interface EpisodeDraft {
  showSlug: string;
  title: string;
  description: string;
  audioPath: string;
  publishAt: Date;
}

declare const feedStore: {
  upsertEpisode(slug: string, episode: Record<string, unknown>): Promise<{ guid: string }>;
  listSubscribers(slug: string): Promise<Array<{ url: string; secret: string }>>;
};

function probeDuration(audioPath: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const ff = spawn('ffprobe', [
      '-v',
      'error',
      '-show_entries',
      'format=duration',
      '-of',
      'default=noprint_wrappers=1:nokey=1',
      audioPath,
    ]);
    let out = '';
    ff.stdout.on('data', (chunk) => (out += chunk));
    ff.on('error', reject);
    ff.on('close', (code) => {
      if (code !== 0) return reject(new Error(`ffprobe exited ${code}`));
      resolve(Math.round(Number.parseFloat(out)));
    });
  });
}

function sign(body: string, secret: string): string {
  return createHmac('sha256', secret).update(body).digest('hex');
}

export async function publishEpisode(draft: EpisodeDraft): Promise<string> {
  const { size } = await stat(draft.audioPath);
  const fileName = basename(draft.audioPath);
  const enclosureUrl = `https://cdn.example.fm/${draft.showSlug}/${encodeURIComponent(fileName)}`;

  const { guid } = await feedStore.upsertEpisode(draft.showSlug, {
    title: draft.title,
    description: draft.description,
    enclosureUrl,
    enclosureLength: size,
    pubDate: draft.publishAt.toUTCString(),
  });

  const payload = {
    event: 'episode.published',
    guid,
    show: draft.showSlug,
    title: draft.title,
    enclosureUrl,
    durationSeconds: probeDuration(draft.audioPath),
    publishedAt: draft.publishAt.toISOString(),
  };
  const body = JSON.stringify(payload);

  const subscribers = await feedStore.listSubscribers(draft.showSlug);
  const results = await Promise.allSettled(
    subscribers.map((sub) =>
      fetch(sub.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-feed-signature': sign(body, sub.secret),
        },
        body,
        signal: AbortSignal.timeout(10_000),
      }),
    ),
  );

  const failed = results.filter((r) => r.status === 'rejected').length;
  if (failed > 0) console.warn(`${failed}/${subscribers.length} webhooks failed for ${guid}`);
  return guid;
}
