import { notAvailable } from './not-available.js';

export async function run(): Promise<number> {
  notAvailable('list');
}
