export { registry } from './registry';
export { handleMetrics } from './handle';
export { createMetricsAccess } from './access';
export { updateDatabaseGauges } from './database';
