'use client';
// Inside a link: a small spinner while the link's page is on its way. Screens are rendered whole
// (no loading boundary: a part streamed after the page needs a script to be put in place, and a
// browser without one would show the placeholder for good), so a tap waits for the server; this is
// the answer it gets at once. It appears only if the wait passes 150 ms (app/globals.css).
import { useLinkStatus } from 'next/link';

export function LinkPending() {
  const { pending } = useLinkStatus();
  return pending ? <span className="link-pending" aria-hidden="true" data-testid="link-pending" /> : null;
}
