/** The weather under the player, where a scene has weather; null elsewhere. */
export type Weather = 'rain' | 'snow';

/**
 * Transient, per-frame state: written by a scene with weather only when it changes, read by the
 * automation API. Never in the store (it follows the player's pose, not the story).
 */
export const weatherState = {
  current: null as Weather | null,
};

/** Which side of a hard weather line a point is on: rain before it (smaller z), snow behind. */
export function weatherAt(z: number, lineZ: number): Weather {
  return z < lineZ ? 'rain' : 'snow';
}

/** Records the weather under the player; returns true when it changed. */
export function setWeather(weather: Weather | null): boolean {
  if (weatherState.current === weather) return false;
  weatherState.current = weather;
  return true;
}
