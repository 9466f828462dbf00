import { useUiText } from '../../i18n/ui-text';
import { Text } from '@react-three/drei';
import { useEffect } from 'react';
import { useSalvage } from '../../store/app-store';
import { useStoryIndex } from '../../i18n/story-language';
import type { EndingId } from '../../story/types';
import { exitVr } from '../../xr/xr-session';
import { xrRuntime } from '../../xr/xr-runtime';
import { PANEL_FONT } from './panel-style';
import { XrPanelButton } from './XrPanelButton';

const WIDTH = 1;
const HEIGHT = 0.46;

/**
 * The close of a walk in the headset, where the page's ending screen cannot be seen: the ending's
 * title and closing line, then a new walk in the headset or back to the desktop (which shows the
 * whole ending screen, the path taken included).
 */
export function XrEndingPanel({ ending }: { ending: EndingId }) {
  const storyIndex = useStoryIndex();
  const startWalk = useSalvage((s) => s.startWalk);
  const info = storyIndex.script.endings[ending];
  const t = useUiText();
  const playAgain = t('common.playAgain');
  const leave = t('common.leaveVr');
  useEffect(() => {
    xrRuntime.panel.choices = [playAgain, leave];
    return () => {
      xrRuntime.panel.choices = [];
      xrRuntime.panel.text = null;
    };
  }, [playAgain, leave]);
  const top = HEIGHT / 2;
  return (
    <group position={[0, 0.05, 0]}>
      <mesh>
        <planeGeometry args={[WIDTH, HEIGHT]} />
        <meshBasicMaterial color="#030a05" transparent opacity={0.88} />
      </mesh>
      <Text
        font={PANEL_FONT}
        fontSize={0.06}
        color="#7dff9a"
        anchorX="center"
        anchorY="top"
        position={[0, top - 0.04, 0.002]}
        onSync={(mesh: { text: string }) => (xrRuntime.panel.text = mesh.text || null)}
      >
        {info.title}
      </Text>
      <Text
        font={PANEL_FONT}
        fontSize={0.04}
        lineHeight={1.3}
        color="#f0fff0"
        maxWidth={WIDTH - 0.1}
        textAlign="center"
        anchorX="center"
        anchorY="top"
        position={[0, top - 0.13, 0.002]}
      >
        {info.closing}
      </Text>
      <XrPanelButton label={playAgain} width={0.44} position={[-0.24, -top + 0.07, 0.01]} onSelect={() => startWalk('xr')} />
      <XrPanelButton label={leave} width={0.44} position={[0.24, -top + 0.07, 0.01]} onSelect={exitVr} />
    </group>
  );
}
