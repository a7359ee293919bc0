'use client';
// On narrow screens the war map scrolls sideways; bring the as-of line into view on load.
import { useEffect, useRef } from 'react';

export function ScrollToAsOf({ children, className }: { children: React.ReactNode; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = ref.current;
    const line = box?.querySelector<HTMLElement>('[data-testid="as-of-line"]');
    if (!box || !line || box.scrollWidth <= box.clientWidth) return;
    box.scrollLeft = Math.max(0, line.offsetLeft - box.clientWidth * 0.6);
  }, []);
  return (
    <div ref={ref} className={className} data-testid="timeline-scroll">
      {children}
    </div>
  );
}
