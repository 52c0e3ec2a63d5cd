// js-yaml ships no type declarations; the tests use only `load` (YAML text → plain data).
declare module 'js-yaml' {
  export function load(text: string): unknown;
}
