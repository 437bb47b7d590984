/** Menu actions the renderer performs (it knows which workshop and which field is focused). */
export const MENU_ACTIONS = ['undo', 'redo', 'newWorkshop', 'present', 'presentSecondScreen', 'library', 'about', 'export', 'print', 'parkingLot', 'zoomIn', 'zoomOut', 'zoomReset'] as const;
export type MenuAction = (typeof MENU_ACTIONS)[number];
