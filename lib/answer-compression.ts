// Which answers the server compresses (scripts/serve.ts runs the `compression` middleware itself;
// next.config.js turns Next's own off: an older copy of the same middleware, gzip only, without this rule).
// A server action called from a page with JavaScript is answered with its result alone — a few
// hundred bytes: a form's message, or its refusal with the fields as typed — unless the action
// revalidated a path or redirected, when the answer also carries the next page's RSC. Compressing
// the result alone saves a few bytes and costs about 1–2 ms of the server's CPU (a compressor set up
// and torn down per answer): 15 % of the CPU of a progress submission, measured over a burst of 200.
// Everything else (pages, RSC navigations, scripts, the action answers that carry a page) is
// compressed — brotli when the client takes it, else gzip — when it is over 1 KB or its size is unknown.

type Headers = Record<string, string | string[] | number | undefined>;

/** Whether an answer is a server action's result alone: a JavaScript action call, neither revalidated nor redirected. */
export function actionResultOnly(request: { method?: string; headers: Headers }, answerHeaders: Headers): boolean {
  return (
    request.method === 'POST' &&
    request.headers['next-action'] !== undefined &&
    answerHeaders['x-action-revalidated'] === undefined &&
    answerHeaders['x-action-redirect'] === undefined
  );
}
