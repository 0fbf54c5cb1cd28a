export * from './core';
export * from './documents';
export * from './submissions';
export * from './collaboration';
export * from './numbering';
export * from './api';
export * from './mailbox';
export * from './deadlines';
