import { storyScript } from './script';
import { indexScript } from './script-index';

/** The real story, indexed once for the app. */
export const storyIndex = indexScript(storyScript);
