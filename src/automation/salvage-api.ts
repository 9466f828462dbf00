import { QUALITY_LEVELS } from '../app/quality-levels';
import type { InputDevice } from '../input/device-labels';
import { Quaternion, Vector3 } from 'three';
import { advance as advanceFrame } from '@react-three/fiber';
import { runtime } from '../app/runtime';
import { audioRuntime } from '../audio/audio-runtime';
import { audibleSources, type SoundSourceReport } from '../audio/sound-sources';
import { playerPose } from '../player/pose';
import type { SalvageStore } from '../store/create-store';
import type { Settings } from '../store/settings';
import { isChoosing } from '../story/machine';
import type { ScriptIndex } from '../story/script-index';
import { stateAtBeat, stateAtScene } from '../story/deep-link';
import { weatherState, type Weather } from '../systems/weather';
import { cast, castState, type CastState } from '../figures/cast';
import { comfort } from '../xr/comfort';
import { xrRuntime } from '../xr/xr-runtime';
import { xrStore } from '../xr/xr-store';
import type { BeatId, Mode, SceneId } from '../story/types';

export interface SalvageSnapshot {
  scene: string;
  beat: string | null;
  line: { speaker: string; text: string } | null;
  choices: { id: string; label: string }[];
  inventory: string[];
  /** Every beat started in this walk, in order: the path taken. */
  path: string[];
  ending: string | null;
  /**
   * The deed on offer where the player stands ("Open the door"), or null. While `waiting`, a line
   * must be read first: the prompt says "Read on to ...", and E reads on.
   */
  prompt: { action: string; label: string; waiting: boolean } | null;
  mode: Mode | null;
  settings: Settings;
  /** The kind of device used last (keyboard, mouse, touch, gamepad): hints name its controls. */
  device: InputDevice;
  /** The sound caption on screen ("[flies buzzing in a light, ahead]"), or null (also with captions off). */
  soundCaption: string | null;
  /** The last description said (a place on arrival, a staged moment, Describe), or null. */
  description: string | null;
  player: { position: [number, number, number]; yaw: number };
  /** Where the sound is heard from (the audio listener: the camera, or the head in a headset) and its heading. */
  ears: { position: [number, number, number]; yaw: number } | null;
  ready: boolean;
  /**
   * How hard the renderer works: the level (0 full quality, 3 the lowest), whether it adapts to the
   * frame rate, the Canvas's pixel ratio now, and the share of each particle system drawn.
   */
  quality: { level: number; adaptive: boolean; pixelRatio: number; particles: number };
  /** The weather under the player where the scene has weather (the plaza); null elsewhere. */
  weather?: Weather | null;
  /**
   * Every figure on stage (one waiting for its cue is not): its id, the clip leading its pose, where it is on screen (left, top,
   * right, bottom as fractions of the view, 0,0 top left; null when not on stage or partly
   * behind the camera) and whether any of it is in the view (walls do not hide it).
   */
  cast: CastState[];
  /**
   * The headset: whether a session is running, its mode, and what the in-world panel shows
   * (its laid-out text and its buttons; null text when it shows nothing; on the guided tour, the
   * narration caption it shows, else null).
   */
  xr: {
    presenting: boolean;
    session: XRSessionMode | null;
    panel: {
      text: string | null;
      choices: string[];
      caption: string | null;
      /** The newest notice, shown on a strip under the panel (the page's own notices are out of sight), else null. */
      notice: string | null;
      /** Where the panel's centre is, in the tracking space (relative to the XR origin); null when not shown. */
      position: [number, number, number] | null;
      /** Each button it shows (choices, the deed on offer, pause), and where it is in the tracking space. */
      buttons: { label: string; position: [number, number, number] }[];
    };
    /** Where holding a pill out aims (Smith's chest, tracking space) while that would choose; else null. */
    holdOut: { toward: [number, number, number] | null };
    /** Things in the world a ray, pinch or grab can take to make a choice (Smith's glasses), by choice id, in the tracking space. */
    choiceTargets: Record<string, [number, number, number]>;
    /** What covers the eyes: the fade (0 clear to 1 black) and the comfort vignette (0 to 1). */
    comfort: { fade: number; vignette: number };
    /** The teleport arc being aimed: its verdict ('none' when not aiming) and where it lands. */
    teleport: { verdict: string; target: [number, number, number] | null };
    /** How high the eyes are above the floor the player stands on (seated play lifts it). */
    eyeHeight: number;
  };
}

/** What is heard now: the mix's meter and the sources sounding (see README, Automation API). */
export interface SoundReport {
  /** Whether the audio context runs (it starts with the first click or key press). */
  running: boolean;
  /** RMS of the mix over the last ~0.7 s, dBFS, before the volume setting; null without audio. */
  rms: number | null;
  /** Largest absolute sample in that window (1 = full scale); null without audio. */
  peak: number | null;
  /** Whether the ambience is ducked under a line of dialogue. */
  ducked: boolean;
  /** The volume setting applied after the meter. */
  volume: number;
  /**
   * Sources audible now: a name, what a caption would say, where it comes from (null: all
   * around) and, where it varies, how strong it is (`level`, 0 to 1).
   */
  sources: SoundSourceReport[];
}

export interface FrameStats {
  calls: number;
  triangles: number;
  /** Points and line segments drawn (the particle systems: snow, dust, rain). */
  points: number;
  lines: number;
  geometries: number;
  textures: number;
  programs: number;
  /** Renders since the page loaded (once a frame, more with an off-screen view): proof that frames were drawn between two looks. */
  frames: number;
}

/** The documented `window.salvage` API (see README): read-only views, plus frame capture. */
export interface SalvageApi {
  state(): SalvageSnapshot;
  stats(): FrameStats;
  /** The sound now: the mix's loudness and peak, and the sources playing (with `all`, the silent ones too). */
  sound(options?: { all?: boolean }): SoundReport;
  /** The mix's spectrum now, dB per bin of `binHz`, from 0 up to `maxHz` (default 8000). */
  soundSpectrum(maxHz?: number): { binHz: number; db: number[] } | null;
  /**
   * Records the next `seconds` (at most 10) of the mix, sample for sample, before the volume
   * setting: `{ sampleRate, samples }`, or null without running audio. For listening by analysis.
   */
  soundRecord(seconds: number): Promise<{ sampleRate: number; samples: number[] } | null>;
  /** Capture mode only: renders one frame at `seconds` since the scene started. */
  advance(seconds: number): FrameStats;
  /**
   * Moves the walk to a scene or a beat without reloading, as a deep link would (for tools and
   * tests that switch scenes many times). Returns false, changing nothing, for an unknown id.
   */
  jump(sceneOrBeat: string): boolean;
}

declare global {
  interface Window {
    salvage?: SalvageApi;
  }
}

/** A reported number to the millimetre; adding 0 turns -0 (a floor collision can leave y at -0) into 0. */
const round = (n: number) => Math.round(n * 1000) / 1000 + 0;

export function createSalvageApi(store: SalvageStore, index: ScriptIndex): SalvageApi {
  const stats = (): FrameStats => {
    const info = runtime.gl?.info;
    return {
      calls: info?.render.calls ?? 0,
      triangles: info?.render.triangles ?? 0,
      points: info?.render.points ?? 0,
      lines: info?.render.lines ?? 0,
      geometries: info?.memory.geometries ?? 0,
      textures: info?.memory.textures ?? 0,
      programs: info?.programs?.length ?? 0,
      frames: info?.render.frame ?? 0,
    };
  };
  return {
    state() {
      const s = store.getState();
      const beat = s.story.beat ? index.beat(s.story.beat) : undefined;
      const line = beat?.lines[s.story.line];
      return {
        scene: s.story.scene,
        beat: s.story.beat,
        line: line ? { speaker: line.speaker, text: line.text } : null,
        choices: beat && isChoosing(index, s.story) ? (beat.choices ?? []).map((c) => ({ id: c.id, label: c.label })) : [],
        inventory: [...s.story.inventory],
        path: [...s.story.seen],
        ending: s.story.ending,
        prompt: s.prompt && { ...s.prompt },
        mode: s.story.mode,
        settings: { ...s.settings },
        device: s.device,
        soundCaption: s.settings.soundCaptions ? s.soundCaption : null,
        description: s.description?.text ?? null,
        player: { position: [round(playerPose.position.x), round(playerPose.position.y), round(playerPose.position.z)], yaw: round(playerPose.yaw) },
        ears: earsState(),
        ready: s.ready && s.staged === s.story.scene,
        quality: {
          level: s.quality.level,
          adaptive: s.quality.adaptive,
          pixelRatio: runtime.gl?.getPixelRatio() ?? 0,
          particles: QUALITY_LEVELS[s.quality.level]!.particles,
        },
        weather: weatherState.current,
        cast: [...cast.values()].filter((member) => member.onStage()).map(castState),
        xr: {
          presenting: xrStore.getState().session != null,
          session: xrStore.getState().mode ?? null,
          panel: {
            text: xrRuntime.panel.text,
            choices: [...xrRuntime.panel.choices],
            caption: xrRuntime.panel.caption,
            notice: xrRuntime.panel.notice,
            position: xrRuntime.panel.position && [...xrRuntime.panel.position],
            buttons: xrRuntime.panel.buttons.map((b) => ({ label: b.label, position: [...b.position] })),
          },
          holdOut: { toward: xrRuntime.holdOut.toward && [...xrRuntime.holdOut.toward] },
          choiceTargets: Object.fromEntries([...xrRuntime.choiceTargets].map(([id, at]) => [id, [...at] as [number, number, number]])),
          comfort: { fade: round(comfort.fade), vignette: round(comfort.vignette) },
          teleport: teleportState(),
          eyeHeight: round(xrRuntime.lift + xrRuntime.head.y),
        },
      };
    },
    stats,
    sound(options) {
      const mixer = audioRuntime.mixer;
      const reading = mixer?.running ? mixer.read() : null;
      const finite = (n: number) => (Number.isFinite(n) ? Math.round(n * 100) / 100 : -200);
      return {
        running: mixer?.running ?? false,
        rms: reading && finite(reading.rms),
        peak: reading && Math.round(reading.peak * 10000) / 10000,
        ducked: mixer?.ducked ?? false,
        volume: mixer?.level ?? store.getState().settings.volume,
        sources: audibleSources(options?.all ?? false),
      };
    },
    soundSpectrum(maxHz = 8000) {
      const mixer = audioRuntime.mixer;
      return mixer?.running ? mixer.spectrum(maxHz) : null;
    },
    async soundRecord(seconds) {
      const mixer = audioRuntime.mixer;
      if (!mixer?.running) return null;
      const samples = await mixer.record(Math.min(10, Math.max(0, seconds)));
      return { sampleRate: mixer.context.sampleRate, samples: Array.from(samples, (x) => Math.round(x * 1e5) / 1e5) };
    },
    jump(target) {
      const mode = store.getState().story.mode ?? 'explore';
      const landed = target.includes('.') ? stateAtBeat(index, target as BeatId, mode) : stateAtScene(index, target as SceneId, mode);
      if (!landed) return false;
      store.getState().jumpTo(landed);
      return true;
    },
    advance(seconds) {
      if (!runtime.capture) throw new Error('salvage.advance() works in capture mode only: open the page with ?capture=1.');
      if (!(seconds >= 0)) throw new Error('salvage.advance(seconds) needs a time of 0 or more.');
      runtime.captureTime = seconds;
      advanceFrame(performance.now());
      return stats();
    },
  };
}

function teleportState(): SalvageSnapshot['xr']['teleport'] {
  const { arc } = xrRuntime.teleport;
  const target = arc.verdict === 'none' ? null : ([arc.target.x, arc.target.y, arc.target.z].map((n) => Math.round(n * 1000) / 1000) as [number, number, number]);
  return { verdict: arc.verdict, target };
}

const earPosition = new Vector3();
const earTurn = new Quaternion();
const earFacing = new Vector3();

function earsState(): SalvageSnapshot['ears'] {
  const listener = runtime.listener;
  if (!listener) return null;
  listener.updateWorldMatrix(true, false);
  listener.matrixWorld.decompose(earPosition, earTurn, earFacing);
  earFacing.set(0, 0, -1).applyQuaternion(earTurn);
  return { position: [round(earPosition.x), round(earPosition.y), round(earPosition.z)], yaw: round(Math.atan2(-earFacing.x, -earFacing.z)) };
}
