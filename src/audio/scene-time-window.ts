/**
 * Which stretch of scene time has just become due, frame after frame, for sounds scheduled on
 * scene time (a footfall, a chirp, a lamp going out). Events are taken `lookahead` seconds early
 * so they can be scheduled exactly on the audio clock. A first frame, a jump back or a jump of
 * more than `maxGap` seconds (a deep link, a pause) starts afresh: the past is not replayed.
 */
export class SceneTimeWindow {
  /** The due stretch after `advance`: events with from < t <= to. */
  from = 0;
  to = 0;
  private last = Number.NaN;

  constructor(
    private readonly lookahead = 0.06,
    private readonly maxGap = 1,
  ) {}

  /** Moves to scene time `seconds`; returns false when nothing is due (a fresh start). */
  advance(seconds: number): boolean {
    const fresh = !(seconds >= this.last) || seconds - this.last > this.maxGap;
    this.from = (fresh ? seconds : this.last) + this.lookahead;
    this.to = seconds + this.lookahead;
    this.last = seconds;
    return !fresh && this.to > this.from;
  }

  /** The audio-clock time of a scene-time event, given the clocks now. */
  static contextTime(eventSeconds: number, sceneSeconds: number, contextNow: number): number {
    return contextNow + Math.max(0, eventSeconds - sceneSeconds);
  }
}
