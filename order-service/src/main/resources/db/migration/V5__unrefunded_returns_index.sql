-- The reconcile schedule looks every 30 s for returns whose refund succeeded but whose
-- order.refunded was never sent (refunded_at IS NULL): an index keeps that a short range read
-- however many returns the table holds (InnoDB indexes NULLs).
CREATE INDEX ix_order_returns_unrefunded ON order_returns (refunded_at);
