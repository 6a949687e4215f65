export * from './plugin.js';
export * from './money.js';
