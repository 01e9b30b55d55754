ALTER TABLE "customers" ADD COLUMN "reply_search" "tsvector";--> statement-breakpoint
CREATE INDEX "customers_account_status_activity_idx" ON "customers" USING btree ("account_id","status","last_activity_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "customers_account_response_type_activity_idx" ON "customers" USING btree ("account_id","last_response_type","last_activity_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "customers_account_follow_up_activity_idx" ON "customers" USING btree ("account_id","last_follow_up","last_activity_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "customers_reply_search_idx" ON "customers" USING gin ("reply_search");