/**
 * What a person asks for, whichever device they ask with: a key, a tap, a button on a pad. The
 * devices turn their input into these; `routeIntent` decides what each does in the moment.
 */
export type Intent =
  /** Read on to the next line (Space, a tap on the subtitle, (A)). */
  | { kind: 'read-on' }
  /** Take the deed on offer where the player stands, or read on toward it (E). */
  | { kind: 'act' }
  /** Take choice `index` (0-based) when choices are offered (1, 2, 3). */
  | { kind: 'choose'; index: number }
  /** Press the focused button; else take the deed on offer; else read on ((A)). */
  | { kind: 'confirm' }
  /** Move the focus to the next or previous control of what is on screen (the d-pad). */
  | { kind: 'focus'; step: 1 | -1 }
  /** Step back: out of a menu, or into the pause menu (Esc, (B)). */
  | { kind: 'back' }
  /** Pause or resume (Start, the on-screen pause button). */
  | { kind: 'pause' }
  /** The guided tour: pause or resume it, or fly to the previous or next stop. */
  | { kind: 'tour-pause' }
  | { kind: 'tour-step'; direction: 1 | -1 }
  /** Say where the player is and what is around, in words (Q, the Describe button, (Y)). */
  | { kind: 'describe' };
