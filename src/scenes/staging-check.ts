import type { SceneScript } from '../story/types';
import type { SceneConfig } from './types';

/**
 * Checks a scene's staging against its script, as data: every zone and action the script
 * listens for is placed, everything placed is listened for, and every place a `reach` trigger
 * names says which way the scene leads past it (else walking through it while a line plays
 * would leave it behind). Returns human-readable problems (none: they agree).
 */
export function checkStaging(script: SceneScript, config: SceneConfig): string[] {
  const problems: string[] = [];
  const zones = new Map(config.zones.map((zone) => [zone.id, zone]));
  const actions = new Set(config.actions.map((spot) => spot.action));
  const heardZones = new Set<string>();
  const heardActions = new Set<string>();
  for (const { on, beat } of script.triggers) {
    const where = `The ${on.type} trigger of "${beat}"`;
    if (on.type === 'action') {
      heardActions.add(on.action);
      if (!actions.has(on.action)) problems.push(`${where} waits for action "${on.action}", which has no spot in the scene.`);
    }
    if (on.type !== 'reach' && on.type !== 'enter' && on.type !== 'leave') continue;
    heardZones.add(on.zone);
    const zone = zones.get(on.zone);
    if (!zone) problems.push(`${where} names zone "${on.zone}", which the scene does not place.`);
    else if (on.type === 'reach' && !zone.beyond) problems.push(`${where} names zone "${on.zone}", which does not say which way is beyond it.`);
  }
  for (const id of zones.keys()) if (!heardZones.has(id)) problems.push(`Zone "${id}" is placed but no trigger names it.`);
  for (const id of actions) if (!heardActions.has(id)) problems.push(`Action spot "${id}" is placed but no trigger waits for it.`);
  return problems;
}
