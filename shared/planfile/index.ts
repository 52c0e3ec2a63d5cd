/** The `.heestar` plan file: the public API other layers call. */
export * from './anonymise';
export * from './canonicalJson';
export * from './constants';
export * from './errors';
export * from './merge';
export * from './migrations';
export * from './preview';
export { repairContent, type Repair, type RepairKind, type Repaired } from './repair';
export * from './restore';
export * from './schema';
export * from './serialise';
export * from './similarity';
export { decodeUtf8Strict, stripBom } from './utf8';
