-- Product search (GET /api/search). Plain DDL that MariaDB 11.4 and MySQL 8.4 both run; every
-- statement stands alone because MySQL commits DDL implicitly.

-- Full text over name and description, queried with MATCH ... AGAINST in BOOLEAN MODE. The first
-- FULLTEXT index of an InnoDB table rebuilds it once to add the hidden FTS_DOC_ID column, so it
-- has a statement of its own.
ALTER TABLE products ADD FULLTEXT INDEX ft_products_name_description (name, description);

-- Filter by status, then order by the sort key: InnoDB appends the primary key (id) to every
-- secondary index, so each index also serves the id tie-break of keyset paging.
CREATE INDEX ix_products_status_price ON products (status, price);
CREATE INDEX ix_products_status_created ON products (status, created_at);
CREATE INDEX ix_products_status_name ON products (status, name);

-- Attribute filters (attr.<name>=<value>): from a name and value to the products that carry it.
CREATE INDEX ix_product_attributes_name_value ON product_attributes (attr_name, attr_value);

-- Nothing new for the category filter: ix_categories_path (V1) finds a subtree by path prefix
-- (covering, with the id appended), and ix_products_category (V1) joins its ids to products.
