import { CHECKED, DOCS } from './sources.js';
import type { ProductFact } from './types.js';

/**
 * Compute, scoped: what holds for serverless SQL warehouses does not hold for serverless jobs and
 * notebooks, and the classic compute plane is not the serverless one. A bare "serverless" carries only
 * the facts true of every serverless product.
 */
export const COMPUTE_PRODUCTS: readonly ProductFact[] = [
  {
    id: 'serverless-scales-to-zero',
    product: 'Serverless compute',
    scope: 'any serverless product (claims about sizing need the specific one)',
    aliases: ['serverless', 'serverless compute', 'serverless compute plane', 'serverless plane'],
    statement:
      'Serverless compute runs in the serverless compute plane in the Databricks account, with the infrastructure included in the DBU price. Who sizes it depends on the product: Databricks for serverless jobs and notebooks, the customer (T-shirt size, min and max clusters) for serverless SQL warehouses and (workload size) for Model Serving.',
    does: ['runs-in-databricks-account'],
    doesNot: [
      {
        role: 'runs-in-customer-account',
        correction:
          "Serverless compute runs in the serverless compute plane in the Databricks account; classic compute is what runs in the customer's cloud account.",
      },
    ],
    source: DOCS.architecture,
    asOf: CHECKED,
  },
  {
    id: 'serverless-sql-warehouse',
    product: 'Serverless SQL warehouses',
    scope: 'serverless SQL warehouses (not serverless jobs or notebooks)',
    aliases: [
      'serverless sql warehouses',
      'serverless sql warehouse',
      'serverless warehouses',
      'serverless warehouse',
      'serverless dbsql',
      'serverless sql',
    ],
    statement:
      'The customer sizes a serverless SQL warehouse: a T-shirt cluster size (from 2X-Small up) and minimum and maximum clusters. Intelligent Workload Management scales within that range, and queries queue once the maximum is reached.',
    does: ['customer-sizes', 'runs-in-databricks-account', 'query-engine', 'speeds-up-queries'],
    doesNot: [
      {
        role: 'provider-sizes',
        correction:
          "The customer picks a serverless SQL warehouse's T-shirt size and its min and max clusters; Databricks autoscales only inside that range.",
      },
      {
        role: 'runs-in-customer-account',
        correction:
          'Serverless SQL warehouses run in the serverless compute plane in the Databricks account.',
      },
    ],
    source: DOCS.warehouse,
    asOf: CHECKED,
  },
  {
    id: 'sql-warehouse',
    product: 'SQL warehouses (pro and classic)',
    aliases: [
      'sql warehouses',
      'sql warehouse',
      'pro warehouses',
      'classic warehouses',
      'pro sql warehouse',
      'classic sql warehouse',
      'databricks sql',
    ],
    statement:
      'For every SQL warehouse type the customer chooses a cluster size and the minimum and maximum number of clusters.',
    does: ['customer-sizes', 'query-engine'],
    doesNot: [
      {
        role: 'provider-sizes',
        correction: "The customer chooses a SQL warehouse's cluster size and its min and max clusters.",
      },
    ],
    source: DOCS.warehouse,
    asOf: CHECKED,
  },
  {
    id: 'serverless-jobs-notebooks',
    product: 'Serverless compute for jobs, notebooks and pipelines',
    scope: 'serverless jobs, notebooks and pipelines (not SQL warehouses or Model Serving)',
    aliases: [
      'serverless jobs',
      'serverless job compute',
      'serverless jobs compute',
      'serverless notebooks',
      'serverless notebook',
      'serverless compute for jobs',
      'serverless compute for notebooks',
      'serverless pipelines',
      'serverless workflows',
    ],
    statement:
      'Serverless compute for jobs, notebooks and pipelines is provisioned and scaled by Databricks: the customer picks no instance types, worker counts or sizes.',
    does: ['provider-sizes', 'runs-in-databricks-account'],
    doesNot: [
      {
        role: 'customer-sizes',
        correction:
          'On serverless jobs, notebooks and pipelines Databricks provisions and scales the compute; customers choose no instance types or sizes (serverless SQL warehouses are the ones customers size).',
      },
      {
        role: 'runs-in-customer-account',
        correction:
          'Serverless jobs and notebooks run in the serverless compute plane in the Databricks account.',
      },
    ],
    source: DOCS.compute,
    asOf: CHECKED,
  },
  {
    id: 'classic-compute-plane',
    product: 'Classic compute plane',
    scope: 'classic (non-serverless) compute',
    aliases: [
      'classic compute plane',
      'classic compute',
      'classic clusters',
      'classic cluster',
      'classic data plane',
      'all-purpose clusters',
      'job clusters',
    ],
    statement:
      "Classic compute runs in the customer's own cloud account (the classic compute plane); the customer sizes it and pays the cloud provider for the VMs as well as DBUs.",
    does: ['runs-in-customer-account', 'customer-sizes'],
    doesNot: [
      {
        role: 'runs-in-databricks-account',
        correction:
          "Classic compute runs in the customer's cloud account; only serverless compute runs in the Databricks account.",
      },
    ],
    source: DOCS.architecture,
    asOf: CHECKED,
  },
  {
    id: 'control-data-plane',
    product: 'Control plane',
    aliases: ['control plane', 'the control plane'],
    statement:
      "The control plane (web app, job scheduler, Unity Catalog service) runs in Databricks' account; customer data is processed in a compute plane: classic in the customer's cloud account, serverless in Databricks' account.",
    does: ['runs-in-databricks-account', 'orchestrates'],
    doesNot: [
      {
        role: 'processes-customer-data',
        correction: 'Data is processed in the compute plane (classic or serverless), not the control plane.',
      },
      { role: 'runs-in-customer-account', correction: "The control plane runs in Databricks' account." },
    ],
    source: DOCS.architecture,
    asOf: CHECKED,
  },
];
