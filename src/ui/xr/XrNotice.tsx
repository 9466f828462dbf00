import { useEffect } from 'react';
import { useSalvage } from '../../store/app-store';
import { selectChoices, selectNotices } from '../../store/selectors';
import { storyIndex } from '../../story/story-index';
import { xrRuntime } from '../../xr/xr-runtime';
import { XrPanelButton } from './XrPanelButton';

const selectCurrentChoices = selectChoices(storyIndex);
/** The subtitle panel's lower edge, and the height its choice buttons take each (see XrPanel). */
const PANEL_BOTTOM = -0.18;
const CHOICE_STEP = 0.095;
const HEIGHT = 0.09;

/**
 * The newest notice ("Someone touches your arm. Turn around.") on a strip under the subtitle
 * panel and its choices: in a headset the page's own notices cannot be seen. A press on it
 * (ray, pinch or poke) puts it away, as the page's close button does.
 */
export function XrNotice() {
  const notices = useSalvage(selectNotices);
  const choices = useSalvage(selectCurrentChoices).length;
  const dismiss = useSalvage((s) => s.dismissNotice);
  const notice = notices[notices.length - 1] ?? null;
  useEffect(() => {
    xrRuntime.panel.notice = notice?.text ?? null;
    return () => {
      xrRuntime.panel.notice = null;
    };
  }, [notice]);
  if (!notice) return null;
  const y = PANEL_BOTTOM - 0.02 - choices * CHOICE_STEP - HEIGHT / 2;
  return <XrPanelButton label={notice.text} width={1} height={HEIGHT} position={[0, y, 0.01]} onSelect={() => dismiss(notice.id)} />;
}
