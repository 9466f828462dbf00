import type { UiMessage } from '../i18n/ui-text';
import type { SaveProblem } from './save-data';

/**
 * A message the overlay shows until dismissed. `id` keeps one of each kind on screen. Its words
 * are interface strings by key (`messages`, shown in the language of the moment, even after a
 * switch); `text` is for words that come already written.
 */
export interface Notice {
  id: string;
  messages?: UiMessage[];
  text?: string;
  tone: 'info' | 'warning';
}

/** A notice's words, through the interface's lookup. */
export function noticeText(notice: Notice, translate: (key: UiMessage['key'], params?: UiMessage['params']) => string): string {
  return notice.messages ? notice.messages.map((m) => translate(m.key, m.params)).join(' ') : (notice.text ?? '');
}

/** A new version of Salvage has been downloaded; it takes over when the page is next loaded. */
export const UPDATE_READY_NOTICE: Notice = {
  id: 'update-ready',
  messages: [{ key: 'notice.updateReady' }],
  tone: 'info',
};

export const SAVE_NOTICES: Record<SaveProblem, Notice> = {
  unreadable: {
    id: 'save-unreadable',
    messages: [{ key: 'notice.saveUnreadable' }],
    tone: 'warning',
  },
  foreign: {
    id: 'save-foreign',
    messages: [{ key: 'notice.saveForeign' }],
    tone: 'warning',
  },
  'old-version': {
    id: 'save-old-version',
    messages: [{ key: 'notice.saveOldVersion' }],
    tone: 'info',
  },
  'storage-full': {
    id: 'save-full',
    messages: [{ key: 'notice.storageFull' }],
    tone: 'warning',
  },
  'storage-blocked': {
    id: 'save-blocked',
    messages: [{ key: 'notice.storageBlocked' }],
    tone: 'info',
  },
  'bad-keys': {
    id: 'save-bad-keys',
    messages: [{ key: 'notice.badKeys' }],
    tone: 'warning',
  },
};
