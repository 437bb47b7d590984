/** The customer-list import, pure: header and unit detection, number reading, validation. */
export * from './csvSafe';
export * from './fields';
export * from './headers';
export * from './mapping';
export * from './numbers';
export * from './prepare';
export * from './text';
export * from './units';
