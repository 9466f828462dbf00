import { useSalvage } from '../store/app-store';

/** A white veil that lifts as each scene appears: every place loads out of the construct. */
export function SceneFade() {
  const staged = useSalvage((s) => s.staged);
  return staged ? <div key={staged} className="scene-fade" aria-hidden="true" /> : null;
}
