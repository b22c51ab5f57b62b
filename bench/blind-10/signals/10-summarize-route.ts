// expect: require-signal-propagation
// The request's signal cancels the document lookup but is not given to the completion fetch, so when the browser disconnects the 30-60s model call keeps running (and billing tokens) and its result is saved for nobody.
interface DocumentRow {
  id: string;
  ownerId: string;
  title: string;
  body: string;
  summary: string | null;
}

declare const db: {
  documents: {
    findById(id: string, opts?: { signal?: AbortSignal }): Promise<DocumentRow | null>;
    setSummary(id: string, summary: string, model: string): Promise<void>;
  };
};
declare function getSessionUser(req: Request): Promise<{ id: string } | null>;

const MODEL = 'summarizer-large-2024-10';
const MAX_INPUT_CHARS = 120_000;

export async function POST(req: Request, ctx: { params: Promise<{ docId: string }> }): Promise<Response> {
  const user = await getSessionUser(req);
  if (!user) return Response.json({ error: 'unauthorized' }, { status: 401 });

  const { docId } = await ctx.params;
  const doc = await db.documents.findById(docId, { signal: req.signal });
  if (!doc || doc.ownerId !== user.id) {
    return Response.json({ error: 'not found' }, { status: 404 });
  }
  if (doc.summary) return Response.json({ summary: doc.summary, cached: true });

  const upstream = await fetch(`${process.env.INFERENCE_URL}/v1/chat/completions`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${process.env.INFERENCE_KEY}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({
      model: MODEL,
      temperature: 0.2,
      messages: [
        { role: 'system', content: 'Summarize the document in five bullet points.' },
        { role: 'user', content: `# ${doc.title}\n\n${doc.body.slice(0, MAX_INPUT_CHARS)}` },
      ],
    }),
  });
  if (!upstream.ok) {
    console.error(`inference failed for ${docId}: ${upstream.status}`);
    return Response.json({ error: 'summarizer unavailable' }, { status: 502 });
  }

  const completion = (await upstream.json()) as {
    choices: { message: { content: string } }[];
  };
  const summary = completion.choices[0]?.message.content.trim() ?? '';
  await db.documents.setSummary(docId, summary, MODEL);
  return Response.json({ summary, cached: false });
}
