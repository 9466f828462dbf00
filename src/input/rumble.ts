type Rumbling = { vibrationActuator?: { playEffect?: (type: string, params: object) => Promise<unknown> } | null };

/** A short rumble in every connected gamepad that has one (a touch on the arm); nothing elsewhere. */
export function rumbleGamepads(strength: number, milliseconds: number, nav: Navigator = navigator): void {
  let pads: (Gamepad | null)[];
  try {
    pads = nav.getGamepads?.() ?? [];
  } catch {
    return;
  }
  for (const pad of pads) {
    const actuator = (pad as (Gamepad & Rumbling) | null)?.vibrationActuator;
    actuator?.playEffect?.('dual-rumble', { duration: milliseconds, strongMagnitude: strength, weakMagnitude: strength * 0.6 })?.catch(() => undefined);
  }
}
