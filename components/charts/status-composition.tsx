// Tasks by status as one bar of segments as wide as their counts, each coloured and labelled with
// its count — drawn in HTML on the server (no chart library, no JavaScript); the legend under it
// (ChartFrame) names each status with its count, so colour is never the only carrier.
import type { Status } from '@/lib/domain/status';

export function StatusComposition({ data }: { data: { status: Status; value: number; fill: string }[] }) {
  return (
    <div className="flex h-10 w-full gap-px overflow-hidden rounded bg-gray-200" data-testid="status-composition">
      {data
        .filter((d) => d.value > 0)
        .map((d) => (
          <div
            key={d.status}
            className="flex min-w-6 items-center justify-center text-sm font-semibold text-white"
            style={{ flexGrow: d.value, flexBasis: 0, backgroundColor: d.fill }}
            data-segment={d.status}
          >
            {d.value}
          </div>
        ))}
    </div>
  );
}
