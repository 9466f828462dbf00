import { useUiText } from '../../i18n/ui-text';
import { Text } from '@react-three/drei';
import { useEffect } from 'react';
import { toggleTourPause } from '../../input/tour-commands';
import { requestStop, tourRun } from '../../player/tour-run';
import { salvageStore, useSalvage, useSalvageShallow } from '../../store/app-store';
import type { SalvageState } from '../../store/types';
import { xrRuntime } from '../../xr/xr-runtime';
import { PANEL_FONT } from './panel-style';
import { XrPanelButton } from './XrPanelButton';

/** Panel size in metres; it sits just above the subtitle panel (whose top is at y = 0.18). */
const WIDTH = 1;
const HEIGHT = 0.42;
const ABOVE_SUBTITLES = 0.2 + HEIGHT / 2;

const selectShown = (s: SalvageState) => s.story.mode === 'tour' && s.panel === 'none' && !s.story.ending;

const togglePause = () => toggleTourPause(salvageStore);

/** Leaves the guided tour for a walk in the headset, from exactly where the player stands. */
function walkOnMyOwn(): void {
  const s = salvageStore.getState();
  if (s.story.mode !== 'tour') return;
  s.updateTour({ paused: false });
  s.dispatch({ type: 'set-mode', mode: 'xr' });
}

/**
 * The guided tour in a headset: the scene's narration caption (between beats, where the desktop
 * shows it in the subtitle area) and the tour's controls, in the same in-world panel as the
 * subtitles. Shown while the story is on the tour and no pause panel is up.
 */
export function XrTourPanel() {
  const shown = useSalvage(selectShown);
  return shown ? <TourPanel /> : null;
}

function TourPanel() {
  const { paused, stop, stops, caption } = useSalvageShallow((s) => ({ paused: s.tour.paused, stop: s.tour.stop, stops: s.tour.stops, caption: s.tour.caption }));
  const subtitles = useSalvage((s) => s.settings.subtitles);
  const t = useUiText();
  const text = subtitles && caption ? caption : '';
  useEffect(() => {
    if (!text) xrRuntime.panel.caption = null;
  }, [text]);
  useEffect(
    () => () => {
      xrRuntime.panel.caption = null;
    },
    [],
  );
  const where = stops > 0 ? t('xr.tourStop', { stop: stop + 1, stops }) : t('tour.label');
  const top = HEIGHT / 2;
  return (
    <group position={[0, ABOVE_SUBTITLES, 0]}>
      <mesh>
        <planeGeometry args={[WIDTH, HEIGHT]} />
        <meshBasicMaterial color="#030a05" transparent opacity={0.82} />
      </mesh>
      <Text font={PANEL_FONT} fontSize={0.032} color="#7dff9a" anchorX="left" anchorY="top" position={[-0.46, top - 0.03, 0.002]}>
        {paused ? t('tour.paused', { where }) : where}
      </Text>
      <Text
        font={PANEL_FONT}
        fontSize={0.04}
        lineHeight={1.25}
        color="#f0fff0"
        maxWidth={0.92}
        anchorX="left"
        anchorY="top"
        position={[-0.46, top - 0.08, 0.002]}
        onSync={(mesh: { text: string }) => (xrRuntime.panel.caption = mesh.text || null)}
      >
        {text}
      </Text>
      <XrPanelButton label={t('xr.previous')} width={0.29} position={[-0.31, -0.075, 0.01]} onSelect={() => requestStop(tourRun, -1)} />
      <XrPanelButton label={paused ? t('common.resume') : t('xr.pause')} width={0.29} position={[0, -0.075, 0.01]} onSelect={togglePause} />
      <XrPanelButton label={t('xr.next')} width={0.29} position={[0.31, -0.075, 0.01]} onSelect={() => requestStop(tourRun, 1)} />
      <XrPanelButton label={t('xr.walkOnMyOwn')} width={0.6} position={[0, -0.165, 0.01]} onSelect={walkOnMyOwn} />
    </group>
  );
}
