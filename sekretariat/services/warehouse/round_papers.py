"""The printed papers of a bulk round: its purchase order (once ordered) and
its distribution sheet (once the allocation is stored; printed again after
posting, it carries the goods invoice numbers).

Like the other documents (services/core/paper.py): the permission is
checked, the facts come from rounds_read, a report module draws them, the
PDF's path comes back. The first print takes the document's own name
(``PO-2026-00001.pdf``, ``PB-2026-00001-distribusi.pdf``); a print again is
a new ``…-salinan-N.pdf`` that says SALINAN and never overwrites the
original. Reading only: nothing is written to the database."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sekretariat.services.core import paper
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session
from sekretariat.services.warehouse import rounds_read


def purchase_order_pdf(session: Session, round_ref: int | str, *,
                       to_dir: str | Path | None = None, delivery_note: str = "") -> Path:
    """The purchase order (Surat Pesanan) of an ordered round or later."""
    from sekretariat.reports.warehouse.purchase_order import build_purchase_order

    require(session, "warehouse.view")
    data = rounds_read.purchase_order_data(session, round_ref, delivery_note=delivery_note)
    path, head = paper.target(to_dir, paper.file_name(data.po_number),
                              paper.letterhead(paper.profile(), session))
    return build_purchase_order(path, replace(data, reprint=bool(head.copy_label)), head)


def distribution_sheet_pdf(session: Session, round_ref: int | str, *,
                           to_dir: str | Path | None = None) -> Path:
    """The distribution sheet (Lembar Pembagian) of an allocated or posted round."""
    from sekretariat.reports.warehouse.distribution_sheet import build_distribution_sheet

    require(session, "warehouse.view")
    data = rounds_read.distribution_data(session, round_ref)
    name = paper.file_name(data.round_number).replace(".pdf", "-distribusi.pdf")
    path, head = paper.target(to_dir, name, paper.letterhead(paper.profile(), session))
    return build_distribution_sheet(path, replace(data, reprint=bool(head.copy_label)), head)
