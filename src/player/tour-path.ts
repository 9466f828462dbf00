import { Vector3 } from 'three';
import type { TourStop, Vec3 } from '../scenes/types';

/** Average speed of a flight between stops, in metres a second (walking is 2.6). */
export const FLIGHT_SPEED = 1.4;
/** Average turning speed of a flight, in radians a second: turns are never sudden. */
export const TURN_SPEED = 0.7;
/** The shortest flight that moves at all, in seconds. */
export const MIN_FLIGHT_SECONDS = 1.5;
/** Below these, a flight is not worth making: the camera is already there. */
const SAME_PLACE = 0.01;

/** Where the camera is and where it looks. */
export interface TourPose {
  position: Vector3;
  yaw: number;
  pitch: number;
}

/**
 * One flight of the camera to a stop: along a centripetal Catmull-Rom curve between `from` and
 * the stop (bent by the stops before and after, when the flight runs along the path), eased so
 * that it starts and ends at rest; the heading turns the short way round, eased the same way.
 */
export interface Flight {
  from: TourPose;
  to: TourStop;
  /** The point before `from` on the path, or null when the flight leaves the path (straight start). */
  before: Vec3 | null;
  /** The point after the stop on the path, or null (straight end). */
  after: Vec3 | null;
  seconds: number;
}

/** Eases 0..1 with zero speed and zero acceleration at both ends (smootherstep). */
export function ease(s: number): number {
  const t = Math.min(1, Math.max(0, s));
  return t * t * t * (t * (t * 6 - 15) + 10);
}

/** The signed turn from one heading to another, the short way round: in (-PI, PI]. */
export function shortestTurn(from: number, to: number): number {
  const turn = (to - from) % (2 * Math.PI);
  if (turn > Math.PI) return turn - 2 * Math.PI;
  if (turn <= -Math.PI) return turn + 2 * Math.PI;
  return turn;
}

/** Seconds a flight takes: long enough for both its distance and its turn. 0 when there is nothing to do. */
export function flightSeconds(from: TourPose, to: TourStop): number {
  const distance = from.position.distanceTo(scratchA.set(to.position[0], to.position[1], to.position[2]));
  const turn = Math.max(Math.abs(shortestTurn(from.yaw, to.yaw)), Math.abs((to.pitch ?? 0) - from.pitch));
  if (distance < SAME_PLACE && turn < SAME_PLACE) return 0;
  return Math.max(MIN_FLIGHT_SECONDS, distance / FLIGHT_SPEED, turn / TURN_SPEED);
}

/** The pose `seconds` into a flight (clamped to its ends), written into `out`. */
export function flightPose(flight: Flight, seconds: number, out: TourPose): TourPose {
  const s = flight.seconds > 0 ? ease(seconds / flight.seconds) : 1;
  const { from, to } = flight;
  p1.copy(from.position);
  p2.set(to.position[0], to.position[1], to.position[2]);
  curvePoint(flight.before && p0.set(...flight.before), p1, p2, flight.after && p3.set(...flight.after), s, out.position);
  out.yaw = from.yaw + shortestTurn(from.yaw, to.yaw) * s;
  out.pitch = from.pitch + ((to.pitch ?? 0) - from.pitch) * s;
  return out;
}

/**
 * A point on the centripetal Catmull-Rom segment from p1 to p2 (Barry and Goldman's form), at
 * s in 0..1. Centripetal knots keep the curve from looping or overshooting between close stops.
 * A missing neighbour is mirrored, which makes that end of the segment straight.
 */
export function curvePoint(p0: Vector3 | null, p1: Vector3, p2: Vector3, p3: Vector3 | null, s: number, out: Vector3): Vector3 {
  if (p1.distanceToSquared(p2) < 1e-12) return out.copy(p1);
  const a = p0 ? n0.copy(p0) : n0.copy(p1).multiplyScalar(2).sub(p2);
  const d = p3 ? n3.copy(p3) : n3.copy(p2).multiplyScalar(2).sub(p1);
  const t0 = 0;
  const t1 = t0 + knot(a, p1);
  const t2 = t1 + knot(p1, p2);
  const t3 = t2 + knot(p2, d);
  const t = t1 + (t2 - t1) * s;
  const A1 = lerpAt(a, p1, t0, t1, t, scratchA);
  const A2 = lerpAt(p1, p2, t1, t2, t, scratchB);
  const A3 = lerpAt(p2, d, t2, t3, t, scratchC);
  const B1 = lerpAt(A1, A2, t0, t2, t, scratchD);
  const B2 = lerpAt(A2, A3, t1, t3, t, scratchE);
  return lerpAt(B1, B2, t1, t2, t, out);
}

/**
 * The stop to resume a tour at from a position: the far end of the stretch of path the position
 * lies along (so the tour does not back-track), or the stop itself when standing at one.
 */
export function resumeStop(stops: readonly TourStop[], position: Vector3): number {
  if (stops.length <= 1) return stops.length - 1;
  let best = 0;
  let bestDistance = Infinity;
  for (let i = 0; i < stops.length - 1; i += 1) {
    const start = scratchA.set(...stops[i]!.position);
    const end = scratchB.set(...stops[i + 1]!.position);
    const along = alongSegment(position, start, end);
    const distance = position.distanceTo(scratchC.copy(start).lerp(end, along));
    if (distance < bestDistance - 1e-6) {
      bestDistance = distance;
      best = along < 0.05 ? i : i + 1;
    }
  }
  return best;
}

function alongSegment(point: Vector3, start: Vector3, end: Vector3): number {
  const length2 = start.distanceToSquared(end);
  if (length2 < 1e-12) return 0;
  return Math.min(1, Math.max(0, scratchD.copy(point).sub(start).dot(scratchE.copy(end).sub(start)) / length2));
}

/** Knot spacing for centripetal parameterisation (alpha 0.5), kept above zero for repeated points. */
function knot(a: Vector3, b: Vector3): number {
  return Math.max(Math.sqrt(a.distanceTo(b)), 1e-4);
}

function lerpAt(a: Vector3, b: Vector3, ta: number, tb: number, t: number, out: Vector3): Vector3 {
  const w = (t - ta) / (tb - ta);
  return out.set(a.x + (b.x - a.x) * w, a.y + (b.y - a.y) * w, a.z + (b.z - a.z) * w);
}

// Scratch vectors, made once: flights are evaluated many times a frame.
const p0 = new Vector3();
const p1 = new Vector3();
const p2 = new Vector3();
const p3 = new Vector3();
const n0 = new Vector3();
const n3 = new Vector3();
const scratchA = new Vector3();
const scratchB = new Vector3();
const scratchC = new Vector3();
const scratchD = new Vector3();
const scratchE = new Vector3();
