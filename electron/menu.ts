import { app, BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { CHANNEL_MENU, type MenuAction } from './channels';

/** Menu actions go to the focused window's renderer, which owns the workshop and the focus. */
function send(action: MenuAction) {
  return () => BrowserWindow.getFocusedWindow()?.webContents.send(CHANNEL_MENU, action);
}

/**
 * File / Edit / View / Help. Labels follow the UI language; undo and redo are the workshop's
 * (the renderer falls back to text undo when a text field has focus).
 */
export function buildMenu(language: 'zh-CN' | 'en', actions: { newWindow(): void }): Menu {
  const zh = language === 'zh-CN';
  const L = (z: string, e: string) => (zh ? z : e);
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: L('文件', 'File'),
      submenu: [
        { label: L('新建研讨会…', 'New workshop…'), accelerator: 'CmdOrCtrl+N', click: send('newWorkshop') },
        { label: L('研讨会库', 'Workshop library'), accelerator: 'CmdOrCtrl+L', click: send('library') },
        // A second window on the same workshop, e.g. for the projector; every window follows every change.
        { label: L('新建窗口', 'New window'), accelerator: 'CmdOrCtrl+Shift+N', click: () => actions.newWindow() },
        { type: 'separator' },
        // The workshop's Export menu (every format) and its printed report, as in the top bar.
        { label: L('导出…', 'Export…'), accelerator: 'CmdOrCtrl+E', click: send('export') },
        { label: L('打印报告（PDF）…', 'Print report (PDF)…'), accelerator: 'CmdOrCtrl+P', click: send('print') },
        { type: 'separator' },
        isMac ? { role: 'close', label: L('关闭窗口', 'Close window') } : { role: 'quit', label: L('退出', 'Quit') },
      ],
    },
    {
      label: L('编辑', 'Edit'),
      submenu: [
        { label: L('撤销', 'Undo'), accelerator: 'CmdOrCtrl+Z', click: send('undo') },
        { label: L('重做', 'Redo'), accelerator: isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y', click: send('redo') },
        { type: 'separator' },
        { role: 'cut', label: L('剪切', 'Cut') },
        { role: 'copy', label: L('复制', 'Copy') },
        { role: 'paste', label: L('粘贴', 'Paste') },
        { role: 'selectAll', label: L('全选', 'Select all') },
      ],
    },
    {
      label: L('视图', 'View'),
      submenu: [
        { label: L('演示', 'Present'), accelerator: 'F5', click: send('present') },
        { label: L('停车场', 'Parking lot'), accelerator: 'F8', click: send('parkingLot') },
        { label: L('在第二屏幕演示', 'Present on second screen'), click: send('presentSecondScreen') },
        { type: 'separator' },
        // Not Electron's zoom roles: their keys would never reach the page, and in present mode
        // Ctrl+= / − / 0 are the projector's zoom, which the renderer alone knows about.
        { label: L('实际大小', 'Actual size'), accelerator: 'CmdOrCtrl+0', click: send('zoomReset') },
        { label: L('放大', 'Zoom in'), accelerator: 'CmdOrCtrl+=', click: send('zoomIn') },
        { label: L('缩小', 'Zoom out'), accelerator: 'CmdOrCtrl+-', click: send('zoomOut') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: L('全屏', 'Full screen') },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
      ],
    },
    {
      label: L('帮助', 'Help'),
      submenu: [{ label: L('关于 Salesmap', 'About Salesmap'), click: send('about') }],
    },
  ];
  return Menu.buildFromTemplate(template);
}
