import type { SaveProblem } from './save-data';

/** A message the overlay shows until dismissed. `id` keeps one of each kind on screen. */
export interface Notice {
  id: string;
  text: string;
  tone: 'info' | 'warning';
}

/** A new version of Salvage has been downloaded; it takes over when the page is next loaded. */
export const UPDATE_READY_NOTICE: Notice = {
  id: 'update-ready',
  text: 'An update is ready. It applies the next time you reload Salvage.',
  tone: 'info',
};

export const SAVE_NOTICES: Record<SaveProblem, Notice> = {
  unreadable: {
    id: 'save-unreadable',
    text: 'Your saved progress could not be read, so this walk starts fresh. The unreadable copy was set aside, not deleted.',
    tone: 'warning',
  },
  foreign: {
    id: 'save-foreign',
    text: 'Saved data from another version did not fit this story and was set aside. Your settings were kept where they made sense.',
    tone: 'warning',
  },
  'old-version': {
    id: 'save-old-version',
    text: 'Your save came from an older version of Salvage: your settings were kept, the walk starts again.',
    tone: 'info',
  },
  'storage-full': {
    id: 'save-full',
    text: 'The browser storage is full, so progress is not being saved. Everything else works.',
    tone: 'warning',
  },
  'storage-blocked': {
    id: 'save-blocked',
    text: 'This browser blocks storage, so progress will not be kept after you leave. Everything else works.',
    tone: 'info',
  },
  'bad-keys': {
    id: 'save-bad-keys',
    text: 'Your saved key bindings could not be used, so the default keys are back. Your other settings were kept.',
    tone: 'warning',
  },
};
