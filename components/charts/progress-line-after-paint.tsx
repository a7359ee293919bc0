'use client';
// The 驾驶舱's line chart, drawn once the page is on screen: on the server a responsive recharts chart
// renders an empty box of its height (it has no width to draw at), so the server renders that box
// itself and the chart's code — recharts, most of the route's JavaScript — loads after the first
// paint instead of with it.
import dynamic from 'next/dynamic';

export const ProgressLineAfterPaint = dynamic(() => import('./progress-line').then((m) => m.ProgressLine), {
  ssr: false,
  loading: () => <div style={{ width: '100%', height: 240 }} data-testid="chart-pending" />,
});
