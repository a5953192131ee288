"""The printed papers of a bulk round: the purchase order once ordered, the
distribution sheet once allocated and again after posting; a print again
is a new ``-salinan-N`` file that says SALINAN, the first never overwritten;
too early a print is refused and writes nothing."""

from __future__ import annotations

import pytest
from test_documents import _text, needs_pdftotext
from test_warehouse_core import D, wh  # noqa: F401  (fixture)
from test_warehouse_rounds import _short_round, traders  # noqa: F401  (fixture)

from sekretariat.errors import Conflict, PermissionDenied
from sekretariat.services.warehouse import round_papers, rounds, rounds_alloc, rounds_post


@needs_pdftotext
def test_po_and_distribution_sheet_print_and_reprint(traders, tmp_path):  # noqa: F811
    t, chair = traders, traders["chair"]
    r = _short_round(t, post=False)
    po = round_papers.purchase_order_pdf(chair, r["round"], to_dir=tmp_path)
    assert po == tmp_path / "PO-2026-00001.pdf" and po.read_bytes().startswith(b"%PDF")
    first = po.read_bytes()
    again = round_papers.purchase_order_pdf(chair, "PB/2026/00001", to_dir=tmp_path)
    assert again == tmp_path / "PO-2026-00001-salinan-2.pdf"
    assert po.read_bytes() == first          # the original is never overwritten
    assert "SALINAN" in _text(again) and "SALINAN" not in _text(po)
    # the sheet needs a stored allocation
    with pytest.raises(Conflict):
        round_papers.distribution_sheet_pdf(chair, r["round"], to_dir=tmp_path)
    assert not list(tmp_path.glob("PB-*"))
    rounds_alloc.confirm_allocation(chair, r["round"])
    sheet = round_papers.distribution_sheet_pdf(chair, r["round"], to_dir=tmp_path)
    assert sheet == tmp_path / "PB-2026-00001-distribusi.pdf"
    rounds_post.post_round(chair, r["round"], D(2026, 11, 6))
    posted = round_papers.distribution_sheet_pdf(chair, r["round"], to_dir=tmp_path)
    assert posted == tmp_path / "PB-2026-00001-distribusi-salinan-2.pdf"
    assert "INV/2026/00001" in _text(posted) and "SALINAN" in _text(posted)


def test_papers_refused_too_early_or_without_permission(traders, sessions, tmp_path):  # noqa: F811
    chair = traders["chair"]
    rid = rounds.open_round(chair, "Minyak", [("minyak", "dus")], D(2026, 11, 2))
    with pytest.raises(Conflict):
        round_papers.purchase_order_pdf(chair, rid, to_dir=tmp_path)
    with pytest.raises(PermissionDenied):
        round_papers.purchase_order_pdf(sessions["parkir"], rid, to_dir=tmp_path)
    assert not list(tmp_path.glob("*.pdf"))
