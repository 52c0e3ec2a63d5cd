// Every Node- and jsdom-environment test gets a fresh, spec-compliant IndexedDB.
import 'fake-indexeddb/auto';
