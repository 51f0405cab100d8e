// A quantitative indicator's values over time (recharts, drawn as SVG here in
// the page: no outside request), a dot per value, with its baseline and its
// target as dashed lines. The values are also a table beside it
// (IndicatorView), for screen readers and for reading exact figures.
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { dayMs, type Indicator } from '@nws/shared';

export function TrendChart({ indicator, label }: { indicator: Indicator; label: string }) {
  const data = indicator.values
    .filter((v) => v.value !== null)
    .map((v) => ({ t: dayMs(v.date), value: v.value!, date: v.date }));
  const base = indicator.baseline?.value ?? null;
  const target = indicator.target?.value ?? null;
  const day = (t: number) =>
    new Intl.DateTimeFormat(document.documentElement.lang || 'de', { month: 'short', year: '2-digit' }).format(t);
  return (
    <figure className="trend-chart" aria-label={label} data-testid="trend-chart" data-points={data.length}>
      <ResponsiveContainer width="100%" height={150}>
        <LineChart data={data} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
          <CartesianGrid stroke="#d8dde6" strokeDasharray="3 3" />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={['dataMin - 86400000', 'dataMax + 86400000']}
            tickFormatter={day}
            fontSize={11}
          />
          <YAxis width={40} fontSize={11} domain={[0, (max: number) => Math.max(max, target ?? 0)]} />
          {base !== null && <ReferenceLine y={base} stroke="#5b6474" strokeDasharray="2 3" />}
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
      </ResponsiveContainer>
    </figure>
  );
}
