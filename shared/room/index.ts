export * from './document';
export * from './rules';
export * from './schemas';
export * from './attendeeDoc';
