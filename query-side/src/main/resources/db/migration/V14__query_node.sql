-- Query nodes announce themselves here, so each can tell how many share the projections' segments.
CREATE TABLE query_node (
    node_id VARCHAR(255)             NOT NULL,
    seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT query_node_pk PRIMARY KEY (node_id)
);
