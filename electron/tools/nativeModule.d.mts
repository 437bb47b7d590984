export const NATIVE_DIR: string;
export const NATIVE_FILE: string;
export function nativeIsCurrent(root: string, version: string): boolean;
export function buildNativeForElectron(root: string, version: string): Promise<void>;
