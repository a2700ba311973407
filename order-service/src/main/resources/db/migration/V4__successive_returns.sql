-- An order can be returned in parts, one approved return after another, each paid back by its own
-- refund. refunded_at records that a return's refund succeeded and its order.refunded (the restock)
-- was published: it keeps that from happening twice, and finds a confirmed refund whose event was
-- never published because the service stopped in between.
ALTER TABLE order_returns ADD COLUMN refunded_at DATETIME(6) NULL;

-- Returns refunded before this column existed: their orders became REFUNDED with the event.
UPDATE order_returns r
  JOIN payments p ON p.id = r.refund_id
  JOIN orders o ON o.id = r.order_id
   SET r.refunded_at = p.updated_at
 WHERE p.status = 'SUCCEEDED' AND o.status = 'REFUNDED';
