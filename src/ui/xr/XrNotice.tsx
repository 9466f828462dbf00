import { useEffect } from 'react';
import { useSalvage } from '../../store/app-store';
import { selectChoices, selectNotices } from '../../store/selectors';
import { storyIndex } from '../../story/story-index';
import { xrRuntime } from '../../xr/xr-runtime';
import { SUBTITLE_PANEL } from './panel-style';
import { XrPanelButton } from './XrPanelButton';

const selectCurrentChoices = selectChoices(storyIndex);
const HEIGHT = 0.09;
const GAP = 0.02;

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
  const y = -SUBTITLE_PANEL.height / 2 - GAP - choices * SUBTITLE_PANEL.choiceStep - HEIGHT / 2;
  return <XrPanelButton label={notice.text} width={SUBTITLE_PANEL.width} height={HEIGHT} position={[0, y, 0.01]} onSelect={() => dismiss(notice.id)} />;
}
