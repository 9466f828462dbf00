import { useUiText } from '../../i18n/ui-text';
import { Text } from '@react-three/drei';
import { useFrame } from '@react-three/fiber';
import { useXR } from '@react-three/xr';
import { useEffect, useMemo, useRef } from 'react';
import { Vector3, type Group } from 'three';
import { playerPose } from '../../player/pose';
import { salvageStore, useSalvage } from '../../store/app-store';
import { selectChoices, selectLine } from '../../store/selectors';
import { useSpeakerNames, useStorySelector } from '../../i18n/story-language';
import { clearAhead } from '../../xr/clear-ahead';
import { exitVr } from '../../xr/xr-session';
import { xrRuntime } from '../../xr/xr-runtime';
import { createGazeFollow, stepGazeFollow } from './gaze-follow';
import { drawOnTop } from './draw-on-top';
import { PANEL_FONT, PANEL_SIZE, SUBTITLE_PANEL } from './panel-style';
import { XrComfortSettings } from './XrComfortSettings';
import { XrEndingPanel } from './XrEndingPanel';
import { XrNotice } from './XrNotice';
import { XrPanelAnchor } from './XrPanelAnchor';
import { XrPanelButton } from './XrPanelButton';
import { XrPromptButton } from './XrPromptButton';
import { XrSoundCaption } from './XrSoundCaption';
import { XrTourPanel } from './XrTourPanel';

const eyes = new Vector3();
const PANEL_POINTER_ORDER = 1;

/** Subtitles, choices and the pause panel in the world, shown only in a headset. */
export function XrPanel() {
  const presenting = useXR((s) => s.session != null);
  return presenting ? <FollowingPanel /> : null;
}

function FollowingPanel() {
  const group = useRef<Group>(null);
  const follow = useMemo(createGazeFollow, []);
  const size = PANEL_SIZE[useSalvage((s) => s.settings.subtitleSize)];
  useFrame((_, seconds) => {
    eyes.set(playerPose.position.x, playerPose.position.y + xrRuntime.lift + xrRuntime.head.y, playerPose.position.z);
    stepGazeFollow(follow, eyes, playerPose.yaw, seconds, clearAhead);
    group.current?.position.copy(follow.position);
    group.current?.rotation.set(0, follow.yaw, 0);
    group.current?.scale.setScalar(follow.scale * size);
    if (group.current) drawOnTop(group.current);
  });
  useEffect(() => {
    // A pinch aimed at the panel is a press on it, not the start of a teleport.
    const panel = group.current;
    if (panel) xrRuntime.uiTargets.push(panel);
    xrRuntime.panelMounted = true;
    return () => {
      xrRuntime.panelMounted = false;
      xrRuntime.uiTargets = xrRuntime.uiTargets.filter((target) => target !== panel);
      xrRuntime.panel.text = null;
      xrRuntime.panel.choices = [];
    };
  }, []);
  const paused = useSalvage((s) => s.panel !== 'none');
  const ending = useSalvage((s) => s.story.ending);
  // The panel answers a ray before anything in the world it overlaps (a door's target may stand
  // just in front of it when a wall has pulled it close).
  return (
    <group ref={group} pointerEventsOrder={PANEL_POINTER_ORDER}>
      {paused ? <PausePanel /> : ending ? <XrEndingPanel ending={ending} /> : <DialoguePanel />}
      <XrTourPanel />
      <XrSoundCaption />
      <XrPromptButton />
      {!paused && <XrNotice />}
      <XrPanelAnchor />
    </group>
  );
}

function DialoguePanel() {
  const SPEAKER_NAMES = useSpeakerNames();
  const line = useStorySelector(selectLine);
  const choices = useStorySelector(selectChoices);
  const subtitles = useSalvage((s) => s.settings.subtitles);
  const dispatch = useSalvage((s) => s.dispatch);
  const text = subtitles && line ? line.text : '';
  const speakerNames = useSalvage((s) => s.settings.speakerNames);
  const speaker = line && speakerNames ? SPEAKER_NAMES[line.speaker] : null;
  const shown = !!line || choices.length > 0;
  useEffect(() => {
    xrRuntime.panel.choices = choices.map((c) => c.label);
    if (!shown) xrRuntime.panel.text = null;
  }, [choices, shown]);
  if (!shown) return null;
  return (
    <group>
      <mesh onClick={() => !choices.length && dispatch({ type: 'advance' })}>
        <planeGeometry args={[SUBTITLE_PANEL.width, SUBTITLE_PANEL.height]} />
        <meshBasicMaterial color="#030a05" transparent opacity={0.82} />
      </mesh>
      {speaker && subtitles && (
        <Text font={PANEL_FONT} fontSize={0.034} color="#7dff9a" anchorX="left" anchorY="top" position={[-0.46, 0.16, 0.002]}>
          {speaker}
        </Text>
      )}
      <Text
        font={PANEL_FONT}
        fontSize={0.045}
        lineHeight={1.25}
        color="#f0fff0"
        maxWidth={0.92}
        anchorX="left"
        anchorY="top"
        position={[-0.46, speaker ? 0.11 : 0.15, 0.002]}
        onSync={(mesh: { text: string }) => (xrRuntime.panel.text = mesh.text || null)}
      >
        {text}
      </Text>
      {choices.map((choice, i) => (
        <XrPanelButton
          key={choice.id}
          label={choice.label}
          position={[0, SUBTITLE_PANEL.firstChoiceY - i * SUBTITLE_PANEL.choiceStep, 0.01]}
          onSelect={() => dispatch({ type: 'choose', choice: choice.id })}
        />
      ))}
    </group>
  );
}

function PausePanel() {
  const t = useUiText();
  const resume = t('common.resume');
  const leave = t('common.leaveVr');
  useEffect(() => {
    xrRuntime.panel.choices = [resume, leave];
  }, [resume, leave]);
  return (
    <group>
      <mesh position={[0, 0.03, 0]}>
        <planeGeometry args={[0.6, 0.66]} />
        <meshBasicMaterial color="#030a05" transparent opacity={0.82} />
      </mesh>
      <Text
        font={PANEL_FONT}
        fontSize={0.05}
        color="#f0fff0"
        anchorX="center"
        anchorY="middle"
        position={[0, 0.27, 0.002]}
        onSync={(mesh: { text: string }) => (xrRuntime.panel.text = mesh.text)}
      >
        {t('pause.heading')}
      </Text>
      <XrPanelButton label={resume} width={0.5} position={[0, 0.16, 0.01]} onSelect={() => salvageStore.getState().openPanel('none')} />
      <XrPanelButton label={leave} width={0.5} position={[0, 0.06, 0.01]} onSelect={exitVr} />
      <XrComfortSettings top={-0.06} />
    </group>
  );
}
