import type pg from 'pg';
import { hashPassword, hashSecret, newSecret } from '../../src/accounts/secrets.js';
import { newId } from '../../src/ids.js';

export const SCALE_ACCOUNT_EMAIL = 'scale@bench.example';

/** The one account the scale data belongs to; a fresh API key for it each call (only its hash is stored). */
export async function createScaleAccount(client: pg.ClientBase) {
  const accountId = newId('acc');
  const userId = newId('usr');
  await client.query('insert into accounts (id, name, email) values ($1, $2, $3)', [accountId, 'Scale Bench', SCALE_ACCOUNT_EMAIL]);
  await client.query('insert into users (id, account_id, email, password_hash) values ($1, $2, $3, $4)', [userId, accountId, SCALE_ACCOUNT_EMAIL, await hashPassword('scale bench password')]);
  return { accountId, userId, apiKey: await issueApiKey(client, accountId, userId) };
}

export async function findScaleAccount(client: pg.ClientBase) {
  const { rows } = await client.query('select u.account_id, u.id as user_id from users u where lower(u.email) = $1', [SCALE_ACCOUNT_EMAIL]);
  return rows[0] ? { accountId: rows[0].account_id as string, userId: rows[0].user_id as string } : null;
}

export async function issueApiKey(client: pg.ClientBase, accountId: string, userId: string): Promise<string> {
  const apiKey = newSecret('rt_');
  await client.query('insert into api_keys (id, account_id, user_id, key_hash) values ($1, $2, $3, $4)', [newId('key'), accountId, userId, hashSecret(apiKey)]);
  return apiKey;
}
