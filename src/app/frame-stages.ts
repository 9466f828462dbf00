/**
 * The stages of a frame, as r3f frame-callback priorities: lower runs first, and every stage runs
 * before the frame is drawn (no priority above 0, which would take drawing over from r3f).
 * - `xrInput`: the headset's XRFrame is kept for the drivers (XrRig).
 * - `systems`: everything `runFrame` does, in its own named order: clock, drivers, zones, story
 *   time, the scene's director, camera, captions (FrameLoop).
 * - `views`: the views' own callbacks, which only draw what the stages before them decided.
 */
export const FRAME_STAGE = { xrInput: -20, systems: -10, views: 0 } as const;
