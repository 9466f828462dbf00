import { t as translate, useUiText, type Translate } from '../../i18n/ui-text';
import { useSalvage } from '../../store/app-store';
import { SNAP_ANGLES, type Settings } from '../../store/settings';
import { XrPanelButton } from './XrPanelButton';

/** The turning choices in the order a press on the button steps through them. */
const TURN_STEPS: Pick<Settings, 'xrTurn' | 'snapAngle'>[] = [...SNAP_ANGLES.map((snapAngle) => ({ xrTurn: 'snap' as const, snapAngle })), { xrTurn: 'smooth', snapAngle: 30 }];

/** The next turning choice after the current one (smooth keeps the last snap angle for later). */
export function nextTurning(settings: Pick<Settings, 'xrTurn' | 'snapAngle'>): Pick<Settings, 'xrTurn' | 'snapAngle'> {
  const at = settings.xrTurn === 'smooth' ? TURN_STEPS.length - 1 : TURN_STEPS.findIndex((s) => s.xrTurn === 'snap' && s.snapAngle === settings.snapAngle);
  const next = TURN_STEPS[(at + 1) % TURN_STEPS.length]!;
  return next.xrTurn === 'smooth' ? { xrTurn: 'smooth', snapAngle: settings.snapAngle } : next;
}

export function turningLabel(settings: Pick<Settings, 'xrTurn' | 'snapAngle'>, t: Translate = translate): string {
  return settings.xrTurn === 'smooth' ? t('xr.turningSmooth') : t('xr.turningSnap', { angle: settings.snapAngle });
}

/** Comfort settings on the headset's pause panel: turning, vignette, seated. Each press changes one. */
export function XrComfortSettings({ top }: { top: number }) {
  const settings = useSalvage((s) => s.settings);
  const update = useSalvage((s) => s.updateSettings);
  const t = useUiText();
  const onOff = (on: boolean) => (on ? t('xr.on') : t('xr.off'));
  const rows = [
    { label: turningLabel(settings, t), select: () => update(nextTurning(settings)) },
    { label: t('xr.comfortVignette', { state: onOff(settings.comfortVignette) }), select: () => update({ comfortVignette: !settings.comfortVignette }) },
    { label: t('xr.seated', { state: onOff(settings.seated) }), select: () => update({ seated: !settings.seated }) },
  ];
  return (
    <>
      {rows.map((row, i) => (
        <XrPanelButton key={i} label={row.label} width={0.5} position={[0, top - i * 0.09, 0.01]} onSelect={row.select} />
      ))}
    </>
  );
}
