import { create } from 'zustand';
import type { AppInfo, TemplateInfo } from '../../shared/api';
import type { WorkshopInfo } from '../../shared/workshop';
import { api } from '../api/client';
import { attempt } from '../ui/errors';

interface LibraryState {
  info: AppInfo | null;
  workshops: WorkshopInfo[];
  templates: TemplateInfo[];
  loaded: boolean;
  refresh(): Promise<void>;
}

/** The library list as the service last reported it; refreshed on every library event. */
export const useLibrary = create<LibraryState>((set) => ({
  info: null,
  workshops: [],
  templates: [],
  loaded: false,
  refresh: async () => {
    const info = await attempt(() => api.call('appInfo', {}));
    if (!info) return;
    if (info.libraryError) {
      set({ info, workshops: [], loaded: true });
      return;
    }
    const [workshops, templates] = await Promise.all([
      attempt(() => api.call('listWorkshops', {})),
      attempt(() => api.call('listTemplates', {})),
    ]);
    set({ info, workshops: workshops ?? [], templates: templates ?? [], loaded: true });
  },
}));
