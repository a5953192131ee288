-- A daily fee may cost a different amount per stall kind (a kios pays more
-- for security than a pelataran spot). fee_type.amount stays the amount for
-- a kind without its own row here.
CREATE TABLE fee_type_kind (
    fee_type_id INTEGER NOT NULL REFERENCES fee_type(id),
    kind        TEXT NOT NULL CHECK (kind IN ('kios', 'los', 'pelataran')),
    amount      INTEGER NOT NULL CHECK (amount > 0),
    PRIMARY KEY (fee_type_id, kind)
) WITHOUT ROWID;
