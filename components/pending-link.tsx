// A link inside a screen (a task, a project) that, once tapped, shows the same small mark as the
// header's links until its page arrives (components/link-pending.tsx): screens arrive whole, so on a
// slow phone the wait is the server's, and the mark is the answer the tap gets at once. Not
// prefetched: a list of tasks would otherwise fetch every task page it shows.
import Link from 'next/link';
import type { ComponentProps } from 'react';
import { LinkPending } from '@/components/link-pending';

export function PendingLink({ children, ...props }: Omit<ComponentProps<typeof Link>, 'prefetch'>) {
  return (
    <Link prefetch={false} {...props}>
      {children}
      <LinkPending />
    </Link>
  );
}
