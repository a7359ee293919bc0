// What a signed-in account gets on a page its role may not open (a page calls `forbidden()`): the
// reason in the layout, answered with HTTP 403 — not a 200 that a scanner or a monitor reads as opened.
import { Forbidden } from '@/components/forbidden';

export default function ForbiddenPage() {
  return <Forbidden />;
}
