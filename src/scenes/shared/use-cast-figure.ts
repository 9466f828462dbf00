import { useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { cast } from '../../figures/cast';
import type { Figure } from '../../figures/figure';

/** Whether an object and all its parents are shown. */
export function shown(object: { visible: boolean; parent: unknown }): boolean {
  for (let o: { visible: boolean; parent: unknown } | null = object; o; o = o.parent as typeof o) if (!o.visible) return false;
  return true;
}

/** Lists a figure in `salvage.state().cast` while its view is mounted. */
export function useCastFigure(id: string, figure: Figure, onStage: () => boolean = () => shown(figure.root)): void {
  const get = useThree((s) => s.get);
  const stage = useRef(onStage);
  stage.current = onStage;
  useEffect(() => {
    cast.set(id, { id, figure, onStage: () => stage.current(), camera: () => get().camera });
    return () => {
      cast.delete(id);
    };
  }, [id, figure, get]);
}
