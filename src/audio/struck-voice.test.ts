import { describe, expect, it } from 'vitest';
import { SceneTimeWindow } from './scene-time-window';
import { strikeEnvelope } from './struck-voice';

describe('a struck sound', () => {
  it('is silent before its strike, full at it, and falls by e each decay', () => {
    expect(strikeEnvelope(-0.01, 0.5, 0.02)).toBe(0);
    expect(strikeEnvelope(0, 0.5, 0.02)).toBe(0.5);
    expect(strikeEnvelope(0.02, 0.5, 0.02)).toBeCloseTo(0.5 / Math.E, 9);
    expect(strikeEnvelope(0.2, 0.5, 0.02)).toBeLessThan(0.5 * 1e-4);
  });
});

describe('the scene time that falls due', () => {
  it('covers scene time once, without gaps, frame after frame', () => {
    const w = new SceneTimeWindow(0.05, 1);
    expect(w.advance(1)).toBe(false);
    const spans: [number, number][] = [];
    for (const t of [1.016, 1.033, 1.05, 1.2]) if (w.advance(t)) spans.push([w.from, w.to]);
    expect(spans[0]![0]).toBeCloseTo(1.05, 9);
    for (let i = 1; i < spans.length; i += 1) expect(spans[i]![0]).toBeCloseTo(spans[i - 1]![1], 9);
    expect(spans.at(-1)![1]).toBeCloseTo(1.25, 9);
  });

  it('does not replay the past after a jump back or a long pause', () => {
    const w = new SceneTimeWindow(0.05, 1);
    w.advance(5);
    expect(w.advance(2)).toBe(false);
    expect(w.advance(2.02)).toBe(true);
    expect(w.advance(9)).toBe(false);
  });

  it('puts an event on the audio clock as far ahead as it lies in scene time', () => {
    expect(SceneTimeWindow.contextTime(10.04, 10, 100)).toBeCloseTo(100.04, 9);
    expect(SceneTimeWindow.contextTime(9.9, 10, 100)).toBe(100);
  });
});
