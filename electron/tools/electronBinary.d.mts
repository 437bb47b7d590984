export function findElectronBinary(): string | null;
export function electronVersion(): string;
export function electronInstaller(): string;
export function installedWithoutElectron(why: string): string;
export function fetchFailed(why: string): string;
export const NO_ELECTRON_BROWSER_INSTEAD: string;
export const MISSING_ELECTRON: string;
