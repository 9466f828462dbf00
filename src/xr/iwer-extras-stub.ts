/**
 * Stands in for @iwer/devui and @iwer/sem in the app's build. @react-three/xr imports them for its
 * own emulator injection, which Salvage never uses (`emulate: false`; `?xr=emulate` installs iwer
 * without a dev UI or a synthetic room). Without this, the build carries ~5 MB of unreachable
 * room scans, and code that fetches from a CDN.
 */
export class DevUI {
  constructor() {
    throw new Error('The iwer dev UI is not part of Salvage.');
  }
}

export class SyntheticEnvironmentModule {
  constructor() {
    throw new Error('The iwer synthetic environment is not part of Salvage.');
  }
}
