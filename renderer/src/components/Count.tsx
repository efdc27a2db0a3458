// A field's count against the house limit (`42 of 100 characters`), for the field's
// aria-describedby: said politely, in the warning colour with how much to cut, once over.

export interface CountProps {
  id: string;
  count: number;
  limit: number;
  /** `characters`, `words`. */
  unit: string;
  /** Said after the count: the body's characters beside its words. */
  extra?: string;
}

const number = new Intl.NumberFormat();

export function Count({ id, count, limit, unit, extra }: CountProps) {
  const over = count - limit;
  return (
    <span id={id} className="count" data-over={over > 0 || undefined}>
      {number.format(count)} of {number.format(limit)} {unit}
      {extra && `, ${extra}`}
      {over > 0 && `: ${number.format(over)} over the house limit`}
    </span>
  );
}
