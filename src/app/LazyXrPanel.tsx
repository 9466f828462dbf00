import { useXR } from '@react-three/xr';
import { lazy, Suspense } from 'react';

// The in-world panel brings drei's Text (troika and its workers): loaded the first time a headset
// session starts, never for the desktop's title screen.
const XrPanel = lazy(() => import('../ui/xr/XrPanel').then((m) => ({ default: m.XrPanel })));

/** The headset's panel, fetched and mounted only while a session presents. */
export function LazyXrPanel() {
  const presenting = useXR((s) => s.session != null);
  if (!presenting) return null;
  return (
    <Suspense fallback={null}>
      <XrPanel />
    </Suspense>
  );
}
