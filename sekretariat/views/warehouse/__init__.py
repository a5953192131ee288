"""The warehouse screens (Gudang): the stock list, the stock card, movements,
items and suppliers."""
