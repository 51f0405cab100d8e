// A quantitative indicator's values over time (recharts, drawn as SVG here in
// the page: no outside request), with its target as a dashed line. The
// values are also a table beside it (IndicatorView), for screen readers and
// for reading exact figures.
import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import { dayMs, type Indicator } from '@nws/shared';

export function TrendChart({ indicator, label }: { indicator: Indicator; label: string }) {
  const points = indicator.values
    .filter((v) => v.value !== null)
    .map((v) => ({ t: dayMs(v.date), value: v.value!, date: v.date }));
  const base = indicator.baseline?.value ?? null;
  const data =
    base !== null && indicator.baseline
      ? [{ t: dayMs(indicator.baseline.date), value: base, date: indicator.baseline.date }, ...points]
      : points;
  const target = indicator.target?.value ?? null;
  const day = (t: number) =>
    new Intl.DateTimeFormat(document.documentElement.lang || 'de', { month: 'short', year: '2-digit' }).format(t);
  return (
    <figure className="trend-chart" aria-label={label} data-testid="trend-chart" data-points={points.length}>
      <LineChart width={320} height={150} data={data} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
        <CartesianGrid stroke="#d8dde6" strokeDasharray="3 3" />
        <XAxis
          dataKey="t"
          type="number"
          scale="time"
          domain={['dataMin', 'dataMax']}
          tickFormatter={day}
          fontSize={11}
        />
        <YAxis width={40} fontSize={11} domain={[0, (max: number) => Math.max(max, target ?? 0)]} />
        {target !== null && <ReferenceLine y={target} stroke="#237032" strokeDasharray="6 3" />}
        <Line
          type="monotone"
          dataKey="value"
          stroke="#1f5fbf"
          strokeWidth={2}
          isAnimationActive={false}
          dot={{ r: 4 }}
        />
      </LineChart>
    </figure>
  );
}
