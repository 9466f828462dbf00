/** How hard the renderer may work, decided once before the Canvas is made. */
export interface Quality {
  antialias: boolean;
  /** Device pixel ratio range for the Canvas. */
  dpr: [number, number];
  /** A CPU renderer (SwiftShader, llvmpipe): fill rate is precious. */
  software: boolean;
}

const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software/i;

/** Reads the renderer's name from a throwaway context; multisampling on a CPU costs dearly. */
export function detectQuality(): Quality {
  let name = '';
  try {
    const probe = document.createElement('canvas').getContext('webgl2');
    const info = probe?.getExtension('WEBGL_debug_renderer_info');
    name = probe && info ? String(probe.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    probe?.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    name = '';
  }
  const software = SOFTWARE_RENDERERS.test(name);
  return software ? { antialias: false, dpr: [1, 1], software } : { antialias: true, dpr: [1, 1.5], software };
}
