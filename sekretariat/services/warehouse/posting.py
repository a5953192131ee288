"""The journal lines of a stock movement, by kind (one function, used to
post and by ``check`` to prove each posted entry):

* receipt on credit: Dr 1-300 Persediaan / Cr 2-200 Utang Pemasok (party:
  the supplier); paid in cash: Cr 1-100 Kas instead;
* issue for cash: Dr 1-100 the price, Cr 1-300 the cost, the difference Cr
  4-900 Pendapatan Lain-lain (a margin) or Dr 5-850 Selisih Persediaan (a
  loss);
* issue for internal use (no payment): Dr 5-800 Beban Lain-lain / Cr 1-300;
* write-off, and a count adjustment below the book: Dr 5-850 / Cr 1-300;
  above it: Dr 1-300 / Cr 5-850.

An issue on account (to a trader's receivable) has no default lines here:
its caller (the bulk-round allocation) gives its own. Nothing to post (a
zero value and no cash): no lines.
"""

from __future__ import annotations

from sekretariat.services.core.journal import LineInput

STOCK, PAYABLE, CASH = "1-300", "2-200", "1-100"
MARGIN, DIFFERENCE, INTERNAL_USE = "4-900", "5-850", "5-800"


def default_lines(kind: str, payment: str | None, value: int, price: int | None,
                  supplier_id: int | None, memo: str) -> list[LineInput]:
    """The lines of a movement of ``kind`` (not a reversal: that mirrors its
    original's entry). ``value``: signed, as stored on the movement."""
    lines: list[LineInput] = []

    def add(code: str, amount: int, **party) -> None:
        if amount > 0:
            lines.append(LineInput(code, debit=amount, memo=memo, **party))
        elif amount < 0:
            lines.append(LineInput(code, credit=-amount, memo=memo, **party))

    if kind == "receipt":
        add(STOCK, value)
        if payment == "credit":
            add(PAYABLE, -value, party_kind="supplier", party_id=supplier_id)
        else:
            add(CASH, -value)
    elif kind == "issue" and payment == "cash":
        add(CASH, price or 0)
        add(STOCK, value)
        margin = (price or 0) + value           # price - cost
        add(MARGIN if margin > 0 else DIFFERENCE, -margin)
    elif kind == "issue" and payment is None:
        add(INTERNAL_USE, -value)
        add(STOCK, value)
    elif kind in ("write_off", "adjustment"):
        add(DIFFERENCE, -value)
        add(STOCK, value)
    else:
        raise ValueError(f"no default lines for {kind}/{payment}")
    return lines


def has_default_lines(kind: str, payment: str | None) -> bool:
    return kind in ("receipt", "write_off", "adjustment") or (
        kind == "issue" and payment in (None, "cash"))
