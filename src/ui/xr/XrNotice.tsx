import { useEffect } from 'react';
import { useUiText } from '../../i18n/ui-text';
import { useSalvage } from '../../store/app-store';
import { noticeText } from '../../store/notices';
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
  const t = useUiText();
  const notice = notices[notices.length - 1] ?? null;
  const text = notice ? noticeText(notice, t) : null;
  useEffect(() => {
    xrRuntime.panel.notice = text;
    return () => {
      xrRuntime.panel.notice = null;
    };
  }, [text]);
  if (!notice) return null;
  const y = -SUBTITLE_PANEL.height / 2 - GAP - choices * SUBTITLE_PANEL.choiceStep - HEIGHT / 2;
  return <XrPanelButton label={text!} width={SUBTITLE_PANEL.width} height={HEIGHT} position={[0, y, 0.01]} onSelect={() => dismiss(notice.id)} />;
}
