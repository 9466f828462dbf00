import { afterEach, describe, expect, it } from 'vitest';
import { setWeather, weatherAt, weatherState } from './weather';

describe('the weather line', () => {
  afterEach(() => setWeather(null));

  it('rains in front of the line and snows behind it', () => {
    expect(weatherAt(-0.01, 0)).toBe('rain');
    expect(weatherAt(0, 0)).toBe('snow');
    expect(weatherAt(5, 0)).toBe('snow');
    expect(weatherAt(-40, -2)).toBe('rain');
  });

  it('reports a change only when the weather really changes', () => {
    expect(setWeather('snow')).toBe(true);
    expect(setWeather('snow')).toBe(false);
    expect(setWeather('rain')).toBe(true);
    expect(weatherState.current).toBe('rain');
    expect(setWeather(null)).toBe(true);
    expect(weatherState.current).toBeNull();
  });
});
