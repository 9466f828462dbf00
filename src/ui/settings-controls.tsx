import { useId, type ReactNode } from 'react';

/** A labelled checkbox, with an optional hint read with it. */
export function Toggle({ label, hint, checked, onChange }: { label: string; hint?: string; checked: boolean; onChange: (v: boolean) => void }) {
  const hintId = useId();
  return (
    <label className="setting toggle">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby={hint ? hintId : undefined} />
      <span>{label}</span>
      {hint && (
        <small id={hintId} className="setting-hint">
          {hint}
        </small>
      )}
    </label>
  );
}

interface SliderProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  format: (v: number) => string;
  onChange: (v: number) => void;
}

/** A labelled range, with its value written beside it and given to screen readers in words. */
export function Slider({ label, value, min, max, step, format, onChange }: SliderProps) {
  return (
    <label className="setting">
      <span>{label}</span>
      <input type="range" min={min} max={max} step={step} value={value} aria-valuetext={format(value)} onChange={(e) => onChange(Number(e.target.value))} />
      <output>{format(value)}</output>
    </label>
  );
}

/** A labelled select over a fixed list of values. */
export function Choice<T extends string | number>({
  label,
  value,
  options,
  name,
  disabled,
  onChange,
}: {
  label: string;
  value: T;
  options: readonly T[];
  name: (v: T) => string;
  disabled?: boolean;
  onChange: (v: T) => void;
}) {
  return (
    <label className="setting">
      <span>{label}</span>
      <select value={value} disabled={disabled} onChange={(e) => onChange(options.find((o) => String(o) === e.target.value)!)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {name(option)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A titled group of settings. */
export function Group({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="setting-group">
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}

export const percent = (v: number) => `${Math.round(v * 100)}%`;
