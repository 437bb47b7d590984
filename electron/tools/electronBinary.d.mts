export function findElectronBinary(): string | null;
export function electronVersion(): string;
export const MISSING_ELECTRON: string;
