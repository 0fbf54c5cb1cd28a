export * from './core';
export * from './documents';
export * from './submissions';
export * from './collaboration';
