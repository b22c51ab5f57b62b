// expect: none
// The async executor's whole body is inside try/catch that rejects, so a failed token fetch rejects the promise; a refused stream, an open, or the timer each settle it, and after open the error handler is replaced so reconnect noise is only logged.
export interface ScoreUpdate {
  matchId: string;
  minute: number;
  home: number;
  away: number;
  event?: 'goal' | 'red_card' | 'penalty';
}

declare function getStreamToken(matchId: string, signal: AbortSignal): Promise<string>;

export function openScoreStream(matchId: string, onScore: (update: ScoreUpdate) => void, timeoutMs = 8_000): Promise<EventSource> {
  return new Promise<EventSource>(async (resolve, reject) => {
    try {
      const token = await getStreamToken(matchId, AbortSignal.timeout(timeoutMs));
      const es = new EventSource(`/live/${encodeURIComponent(matchId)}/scores?token=${encodeURIComponent(token)}`);
      const timer = setTimeout(() => {
        es.close();
        reject(new Error(`score stream for ${matchId} did not open within ${timeoutMs}ms`));
      }, timeoutMs);

      es.addEventListener('score', (ev: MessageEvent<string>) => {
        try {
          onScore(JSON.parse(ev.data) as ScoreUpdate);
        } catch (err) {
          console.warn('ignoring malformed score frame', err);
        }
      });

      es.onerror = () => {
        if (es.readyState === EventSource.CLOSED) {
          clearTimeout(timer);
          reject(new Error(`score stream for ${matchId} was refused by the server`));
        }
      };

      es.onopen = () => {
        clearTimeout(timer);
        es.onerror = () => console.info(`score stream for ${matchId} reconnecting`);
        resolve(es);
      };
    } catch (err) {
      reject(err);
    }
  });
}

export async function followMatch(matchId: string, render: (u: ScoreUpdate) => void): Promise<() => void> {
  const es = await openScoreStream(matchId, render);
  return () => es.close();
}
