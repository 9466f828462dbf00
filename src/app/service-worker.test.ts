import { describe, expect, it } from 'vitest';
import { UPDATE_READY_NOTICE, type Notice } from '../store/notices';
import { watchServiceWorker, type ServiceWorkerHandle } from './service-worker';

/** A stand-in for workbox-window's Workbox and for the window: events fired by hand. */
function fakes(registration: 'works' | 'fails' = 'works') {
  const listeners = new Map<string, (() => void)[]>();
  const on = (type: string, listener: () => void) => listeners.set(type, [...(listeners.get(type) ?? []), listener]);
  const fire = (type: string) => listeners.get(type)?.forEach((listener) => listener());
  const worker = {
    skipWaitingAsked: 0,
    register: () => (registration === 'works' ? Promise.resolve({}) : Promise.reject(new Error('blocked'))),
    addEventListener: on,
    messageSkipWaiting() {
      this.skipWaitingAsked += 1;
    },
  } satisfies ServiceWorkerHandle & { skipWaitingAsked: number };
  const notices: Notice[] = [];
  return { worker, page: { addEventListener: on }, notices, notify: (n: Notice) => void notices.push(n), fire };
}

describe('the service worker registration', () => {
  it('says once that an update is ready, and never takes over while the page lives', async () => {
    const f = fakes();
    expect(await watchServiceWorker(f.worker, f.page, f.notify)).toBe(true);
    expect(f.notices).toEqual([]);
    f.fire('waiting');
    f.fire('waiting');
    expect(f.notices).toEqual([UPDATE_READY_NOTICE]);
    expect(f.notices[0]!.messages).toEqual([{ key: 'notice.updateReady' }]);
    expect(f.worker.skipWaitingAsked).toBe(0);
  });

  it('hands over to the waiting version as the page goes (a reload)', async () => {
    const f = fakes();
    await watchServiceWorker(f.worker, f.page, f.notify);
    f.fire('beforeunload');
    expect(f.worker.skipWaitingAsked).toBe(0); // nothing waiting: nothing to hand over
    f.fire('waiting');
    f.fire('beforeunload');
    expect(f.worker.skipWaitingAsked).toBe(1);
  });

  it('lives without a service worker when registration fails', async () => {
    const f = fakes('fails');
    expect(await watchServiceWorker(f.worker, f.page, f.notify)).toBe(false);
    expect(f.notices).toEqual([]);
  });
});
