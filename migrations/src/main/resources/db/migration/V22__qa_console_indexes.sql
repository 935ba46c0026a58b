-- QA's console: the breach board narrows by dealer and by owner (each on its own desk), and the
-- re-complaints page looks up a customer's earlier complaints by phone.
CREATE INDEX ix_sla_breach_dealer ON sla_breach (dealer_code, breached_at);
CREATE INDEX ix_sla_breach_owner ON sla_breach (owner, breached_at);
CREATE INDEX ix_sla_ticket_phone ON sla_ticket (customer_phone, opened_at);
CREATE INDEX ix_sla_ticket_opened ON sla_ticket (ticket_type, opened_at);
