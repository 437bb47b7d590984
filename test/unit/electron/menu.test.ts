import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

// The menu is built from a template; Electron itself never runs here, so its three parts are
// stand-ins that record what the menu would do.
const sent: unknown[][] = [];
vi.mock('electron', () => ({
  app: { isPackaged: true },
  BrowserWindow: { getFocusedWindow: () => ({ webContents: { send: (...args: unknown[]) => sent.push(args) } }) },
  Menu: { buildFromTemplate: (template: unknown) => template },
}));

const { buildMenu } = await import('../../../electron/menu');
const { CHANNEL_MENU } = await import('../../../electron/channels');

const viewMenu = () => {
  const template = buildMenu('en', { newWindow: () => {} }) as unknown as MenuItemConstructorOptions[];
  const view = template.find((m) => m.label === 'View');
  return view!.submenu as MenuItemConstructorOptions[];
};

describe('application menu', () => {
  it("zoom goes to the renderer (the projector's zoom while presenting), not to Electron's zoom roles that would swallow the keys", () => {
    const view = viewMenu();
    expect(view.some((i) => i.role === 'zoomIn' || i.role === 'zoomOut' || i.role === 'resetZoom')).toBe(false);
    for (const [label, accelerator, action] of [
      ['Zoom in', 'CmdOrCtrl+=', 'zoomIn'],
      ['Zoom out', 'CmdOrCtrl+-', 'zoomOut'],
      ['Actual size', 'CmdOrCtrl+0', 'zoomReset'],
    ] as const) {
      const item = view.find((i) => i.label === label)!;
      expect(item.accelerator).toBe(accelerator);
      sent.length = 0;
      (item.click as () => void)();
      expect(sent).toEqual([[CHANNEL_MENU, action]]);
    }
  });
});
