import type { AppContext } from '../context.js';
import { customers } from '../db/schema.js';
import { isUniqueViolation } from '../db/unique-violation.js';
import { AppError } from '../errors.js';
import { newId } from '../ids.js';
import { toCustomerView } from './customer-view.js';

export interface CreateCustomerInput {
  email: string;
  name?: string | null;
  company?: string | null;
}

export async function createCustomer(ctx: AppContext, accountId: string, input: CreateCustomerInput) {
  try {
    const [row] = await ctx.db
      .insert(customers)
      .values({ id: newId('cus'), accountId, email: input.email.trim().toLowerCase(), name: input.name?.trim() || null, company: input.company?.trim() || null, lastActivityAt: ctx.now(), createdAt: ctx.now(), updatedAt: ctx.now() })
      .returning();
    return toCustomerView(row);
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('customer_exists', 'A customer with this email already exists');
    throw err;
  }
}
