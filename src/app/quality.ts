/** How hard the renderer may work, decided once before the Canvas is made. */
export interface Quality {
  /** Which kind of machine this is taken for: a desktop GPU, a phone or tablet, a CPU renderer. */
  tier: 'desktop' | 'handheld' | 'software';
  antialias: boolean;
  /** Device pixel ratio range for the Canvas. */
  dpr: [number, number];
  /** A CPU renderer (SwiftShader, llvmpipe): fill rate is precious. */
  software: boolean;
}

const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software/i;

/**
 * The tier for a renderer and a device. A phone's or tablet's screen packs 2 to 3 pixels per CSS
 * pixel: drawing every one of them on a mobile GPU costs the frame rate, so a handheld draws at
 * most 1.25 and leans on its pixel density instead of multisampling.
 */
export function chooseQuality(rendererName: string, handheld: boolean): Quality {
  if (SOFTWARE_RENDERERS.test(rendererName)) return { tier: 'software', antialias: false, dpr: [1, 1], software: true };
  if (handheld) return { tier: 'handheld', antialias: false, dpr: [1, 1.25], software: false };
  return { tier: 'desktop', antialias: true, dpr: [1, 1.5], software: false };
}

/** A touch screen with no mouse or trackpad beside it. */
function isHandheld(): boolean {
  const query = (q: string) => typeof window.matchMedia === 'function' && window.matchMedia(q).matches;
  return query('(pointer: coarse)') && !query('(any-pointer: fine)');
}

/** Reads the renderer's name from a throwaway context; multisampling on a CPU costs dearly. */
export function detectQuality(): Quality {
  let name: string;
  try {
    const probe = document.createElement('canvas').getContext('webgl2');
    const info = probe?.getExtension('WEBGL_debug_renderer_info');
    name = probe && info ? String(probe.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    probe?.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    name = '';
  }
  return chooseQuality(name, isHandheld());
}
