"""The staples warehouse: items and units, suppliers, stock movements, the
stock card and the stock value (issue 11)."""
