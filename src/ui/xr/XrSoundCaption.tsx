import { Text } from '@react-three/drei';
import { useSalvage } from '../../store/app-store';
import { PANEL_FONT } from './panel-style';

const HEIGHT = 0.075;
/** The subtitle panel's top, and the tour panel's when the tour's panel sits on it. */
const ABOVE_SUBTITLES = 0.18 + 0.02 + HEIGHT / 2;
const ABOVE_TOUR = 0.62 + 0.02 + HEIGHT / 2;

/**
 * The sound caption ("[a gull crying, far left]") in a headset, on a strip over the panel: the
 * page's caption line cannot be seen there. Only with sound captions on, and not over a pause.
 */
export function XrSoundCaption() {
  const caption = useSalvage((s) => (s.settings.soundCaptions && s.panel === 'none' && !s.story.ending ? s.soundCaption : null));
  const touring = useSalvage((s) => s.story.mode === 'tour');
  if (!caption) return null;
  return (
    <group position={[0, touring ? ABOVE_TOUR : ABOVE_SUBTITLES, 0]}>
      <mesh>
        <planeGeometry args={[1, HEIGHT]} />
        <meshBasicMaterial color="#030a05" transparent opacity={0.82} />
      </mesh>
      <Text font={PANEL_FONT} fontSize={0.038} color="#e8efe9" maxWidth={0.94} anchorX="center" anchorY="middle" position={[0, 0, 0.002]}>
        {caption}
      </Text>
    </group>
  );
}
