export * from './decimal';
export * from './interval';
export * from './check';
export * from './cells';
export * from './lookup';
