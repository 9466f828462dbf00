import { t, useUiText } from '../i18n/ui-text';
import { Component, type ReactNode } from 'react';
import { Overlay } from '../ui/Overlay';
import { TextVersion } from '../ui/TextVersion';
import { useStageModule } from './stage-loader';

/** The page: the one Canvas, the overlay above it; the text version if 3D cannot run. */
export function App({ webgl2 }: { webgl2: boolean }) {
  const tr = useUiText();
  if (!webgl2) {
    return <TextVersion reason={tr('app.noWebgl')} />;
  }
  return (
    <StageBoundary>
      <LiveStage />
      <Overlay />
    </StageBoundary>
  );
}

/**
 * The Canvas mounts once the 3D half of the app has loaded (stage-loader.ts; when it is asked for:
 * stage-warmup.ts), behind the title. The title prerendered at build time (title-prerender.tsx)
 * has no stage, nor has the page while React adopts that HTML.
 */
function LiveStage() {
  const stage = useStageModule();
  return stage ? <stage.Stage /> : null;
}

/** If the 3D view itself fails, the story is still there to read. */
class StageBoundary extends Component<{ children: ReactNode }, { error: string | null }> {
  state = { error: null as string | null };
  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  render() {
    if (this.state.error) return <TextVersion reason={t('app.stageError', { error: this.state.error })} />;
    return this.props.children;
  }
}
