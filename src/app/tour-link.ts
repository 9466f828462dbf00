import type { TourLink } from '../player/tour-run';
import type { SalvageStore } from '../store/create-store';

/** The tour's link to the store: it reads the state, and the story events and tour UI it hands back are applied here. */
export function tourLinkOf(store: SalvageStore): TourLink {
  return {
    read: () => store.getState(),
    send: (event) => store.getState().dispatch(event),
    show: (patch) => store.getState().updateTour(patch),
  };
}
