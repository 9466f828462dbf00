import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSalvageStore } from '../store/create-store';
import { FIXTURE_INDEX } from '../story/test-fixture';
import { followLanguage } from './follow-language';
import { showLanguage, shownLanguage, t } from './ui-text';

describe('the interface follows the language setting', () => {
  afterEach(() => showLanguage('en'));

  it('shows a chosen language once its strings are here, with <html lang> on what is shown', async () => {
    const store = createSalvageStore({ index: FIXTURE_INDEX, language: 'en' });
    const root = { lang: '' } as HTMLElement;
    const stop = followLanguage(store, root);
    expect(root.lang).toBe('en');
    store.getState().updateSettings({ language: 'fr' });
    await vi.waitFor(() => expect(root.lang).toBe('fr'));
    expect(shownLanguage()).toBe('fr');
    expect(t('common.settings')).toBe('Réglages');
    stop();
  });
});
